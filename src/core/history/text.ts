import type { HistoryKind, HistorySource } from './events';

/** The history sheet's name (the team may hide it; fhb finds it by this name). */
export const HISTORY_SHEET = 'Historik';

/** The history sheet's headers, in order (row.ts writes and reads by these positions). */
export const HISTORY_HEADERS = ['Tidspunkt', 'Bruger', 'Borgernøgle', 'Navn', 'Planår', 'Kode', 'Hændelse', 'Dato', 'Detaljer', 'Kilde'] as const;

/** The Danish words for what happened, as the sheet and the sidebar show them. */
export const KIND_LABELS: Record<HistoryKind, string> = {
  invited: 'Inviteret',
  letter: 'Brev lavet',
  booked: 'Besøg aftalt',
  moved: 'Besøg flyttet',
  done: 'Gennemført',
  declined: 'Frabedt',
  notReached: 'Ringet – ikke truffet',
  imported: 'Importeret',
  ended: 'Ophørt',
  deleted: 'Slettet',
  meetingMoved: 'Flyttet til arrangement',
  attended: 'Deltog i arrangement',
  absent: 'Udeblev fra arrangement',
  visitMissed: 'Besøg ikke holdt',
};

/** The Danish words for where it came from. */
export const SOURCE_LABELS: Record<HistorySource, string> = {
  sidebar: 'Sidepanel',
  merge: 'Fletning',
  scheduler: 'Besøgsplanlægning',
  import: 'Import',
  manual: 'Rettet i arket',
  yearClose: 'Årsafslutning',
  deletion: 'Sletning',
  offline: 'Offline planlægger',
};

/** Shown as the user when nobody could be named (a trigger without a user, a Google account without e-mail). */
export const UNKNOWN_USER = 'ukendt';

/** The warning a consultant sees when typing in the history sheet. */
export const PROTECTION_WARNING = 'fhb: Historikken skrives af fhb og må ikke rettes. Du kan skjule arket, men ret eller slet ikke rækker.';

/** The note on the header's first cell. */
export const HEADER_NOTE = 'Historikken: én række pr. hændelse, skrevet af fhb. Rækker tilføjes kun; ret eller slet dem ikke. Arket må gerne skjules.';

/** What "Opdater nu" adds to its message when it kept records in the history; '' when nothing. */
export function keptMessage(kept: { appended: number; closed: number; closedYear?: number }): string {
  const parts: string[] = [];
  if (kept.closedYear !== undefined) parts.push(`Året ${kept.closedYear} er afsluttet.`);
  if (kept.appended > 0) parts.push(`${kept.appended} ${kept.appended === 1 ? 'registrering' : 'registreringer'} skrevet i Historik.`);
  if (kept.closed > 0) parts.push(`${kept.closed} ${kept.closed === 1 ? 'celle' : 'celler'} fra tidligere år ryddet i Borgere (de står i Historik).`);
  return parts.join(' ');
}
