import type { SexOrUnknown } from './visits';

/** The Danish words of the year report's visit part and of aed10a.csv. */

export const UNKNOWN_BAND = 'ukendt alder';
export const SEX_LABEL: Record<SexOrUnknown, string> = { M: 'Mænd', K: 'Kvinder', '?': 'ukendt køn' };

export const AED10A_HEADER = ['aldersgruppe', 'køn', 'personer', 'besøg'] as const;
export const AED10A_FILE = 'aed10a.csv';

export const HEADING = 'Besøg i året';
export const AED10A_HEADING = 'Personer og besøg efter alder og køn (som Danmarks Statistiks AED10A)';
export const FORM_HEADING = 'Kontakter efter form';
export const ACCEPTANCE_HEADING = 'Inviterede og afholdte besøg efter tilbud';
export const THEMES_HEADING = 'Temaer';
export const REFERRALS_HEADING = 'Henvisninger og rådgivning';
export const CHAIR_HEADING = 'Rejse-sætte-sig-test: læsninger under normen efter aldersgruppe';
export const FOLLOW_UP_HEADING = 'Opfølgninger';

export const AED10A_HEAD = ['Aldersgruppe', 'Køn', 'Personer', 'Besøg'];
export const ACCEPTANCE_HEAD = ['Tilbud', 'Inviterede', 'Med afholdt besøg', 'Andel'];
export const COUNT_HEAD = ['', 'Antal'];
export const CHAIR_HEAD = ['Alder (år)', 'Test', 'Under normen', 'Inden for', 'Over'];
export const FOLLOW_UP_HEAD = ['', 'Antal'];

export const summary = (persons: number, visits: number) => `${persons} ${persons === 1 ? 'person' : 'personer'} med mindst ét afholdt besøg; ${visits} afholdte besøg og samtaler i alt.`;
/** Rows of the visit record the report could not read: said under the summary, so no count is trusted blind. */
export const problemRows = (rows: readonly number[]) =>
  rows.length === 0
    ? ''
    : ` ${rows.length === 1 ? 'Række' : 'Rækkerne'} ${rows.slice(0, 20).join(', ')}${rows.length > 20 ? ` og ${rows.length - 20} til` : ''} i besøgsregistreringen har fejl og er ikke talt med, helt eller delvis. Ret ${rows.length === 1 ? 'den' : 'dem'}, og lav rapporten igen.`;
export const followUpsMade = 'Opfølgninger aftalt i året';
export const followUpsOpen = 'Opfølgninger stadig åbne';
export const chairNote = (normSet: string, unread: number) =>
  `Normen: ${normSet}, 25.-75. percentil efter køn og alder på testdagen.${unread ? ` ${unread} ${unread === 1 ? 'test kunne' : 'test kunne'} ikke læses mod normen (alder uden for 60-94 år, ukendt køn eller fødselsdato).` : ''}`;
export const AGE_NOTE =
  'Alder er den alder, borgeren fylder i året (som fhb\'s regler tæller); hver person tælles én gang, hvert afholdt besøg, hver samtale og hvert fremmøde én gang. Ingen enkelt borgers svar eller testresultat står i rapporten.';
export const percent = (rate: number | undefined) => (rate === undefined ? '–' : `${Math.round(rate * 100)} %`);
