/** The Danish words of the rules view (*Vis regler*, `--vis-regler`). */

export const title = (name: string) => `Regler: ${name}`;
export const PROFILE = 'Profil';
export const MUNICIPALITY = 'Kommune';
export const PERIOD = 'Gyldig';
export const DECISION = 'Beslutning';
export const LEGAL_BASIS = 'Lovgrundlag';
export const AS_OF = 'Referencedato';
export const SOURCE = 'Kilde';
export const NOT_GIVEN = 'ikke angivet';
export const NONE = 'ingen';
export const caseNumber = (n: string) => `sag ${n}`;
export const planningYear = (year: number) => `planlægningsår ${year}`;
export const period = (from?: string, to?: string) => (from && to ? `${from} til ${to}` : from ? `fra ${from}` : `til ${to}`);

export const HEADERS = ['Nr.', 'Kode', 'Målgruppe', 'Alder', 'Betingelse', 'Tilbud', 'Form', 'Kanal', 'Aftales', 'Periode', 'Lovgrundlag'] as const;

export const BOOKING: Record<string, string> = {
  fixedTime: 'fast dato og tid i brevet',
  citizenBooks: 'borgeren aftaler selv tid',
  meeting: 'møde eller arrangement',
  phone: 'vi ringer',
  asNeeded: 'efter behov',
};

export const EVENTS: Record<string, string> = { spouseDied: 'Ægtefælle død', spouseMoved: 'Ægtefælle flyttet' };

export const EVERYONE = 'alle';
export const LIVES_ALONE = 'bor alene';
export const NOT_ALONE = 'bor ikke alene';
export const AT_RISK = 'i særlig risiko (faglig vurdering)';
export const combines = (codes: readonly string[]) => `kan gives sammen med ${codes.join(', ')}`;
export const after = (event: string) => `efter hændelsen «${event}»`;
export const formFor = (ages: string) => `– som ${ages}:`;
export const contactOf = (n: number, of: number) => `– kontakt ${n} af ${of}`;

export const WINDOW_YEAR = '1. januar til 31. december i det år, borgeren fylder alderen';
export const WINDOW_BIRTHDAY = 'fra fødselsdagen til dagen før næste fødselsdag';
export const weeks = (n: number) => `${n} ${n === 1 ? 'uge' : 'uger'}`;
export const months = (n: number) => `${n} ${n === 1 ? 'måned' : 'måneder'}`;
export const span = (from: number, to: number, unit: 'weeks' | 'months') => {
  const amount = unit === 'weeks' ? weeks(to) : months(to);
  return from === 0 ? `inden for ${amount} efter hændelsen` : `${from}-${amount} efter hændelsen`;
};
export const contactWindow = (spanText: string, horizon: string) => `${spanText} (regnes som ny i ${horizon})`;

export const RULES_HEADING = 'Målgrupper og tilbud';
export const EXEMPTIONS_HEADING = 'Undtaget';
export const EVENTS_HEADING = 'Kommunens egne hændelser (kolonner i arket)';
export const NOTES_HEADING = 'Noter';
export const THEMES_HEADING = 'Temaer ved besøget (kolonnen Temaer i arket Besøg)';
export const REFERRALS_HEADING = 'Henvisninger og rådgivning (kolonnen Henvisninger i arket Besøg)';
export const termSource = (lines: string) => `kvalitetsstandarden, linje ${lines}`;
export const FHB_TERM = 'tilføjet fra fhb\'s standardliste';
export const DEFAULT_TERMS = 'fhb\'s standardliste (profilen har ingen egen liste)';
export const WARNINGS_HEADING = 'Advarsler';
export const ALSO_WRITTEN = 'kan også skrives';
export const EXEMPTIONS_EXHAUSTIVE = 'Kun disse grunde undtager. Anden tekst i Undtaget undtager ikke: borgeren planlægges som andre, og Begrundelse siger hvorfor.';
export const EXEMPTIONS_OPEN = 'Anden tekst i Undtaget undtager også, som teamets egen vurdering (med en advarsel i Begrundelse).';

export const STYLE = `<style>
.fhb-rules{font-family:Arial,sans-serif;font-size:12px;line-height:1.4;color:#202124}
.fhb-rules h1{font-size:16px;margin:0 0 8px}.fhb-rules h2{font-size:13px;margin:14px 0 4px}
.fhb-rules table{border-collapse:collapse;width:100%}.fhb-rules th,.fhb-rules td{border:1px solid #dadce0;padding:3px 5px;text-align:left;vertical-align:top}
.fhb-rules thead th{background:#f1f3f4}.fhb-rules .facts th{width:9em;background:#f8f9fa}
.fhb-rules tr.rule td{border-top:2px solid #9aa0a6}.fhb-rules .warn{background:#fef7e0;border:1px solid #f9ab00;padding:4px 8px;margin-top:10px}
</style>`;
