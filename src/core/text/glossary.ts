/**
 * One glossary of the Danish words fhb uses, so the menu, the sidebar, the sheets, the letters and the
 * README and docs/ say the same thing the same way. Text files elsewhere (`text.ts`) build their sentences from
 * these words; the docs' terms follow this list. Where two words were in use, the one kept is here
 * and the other is named in a comment, so it is not brought back.
 */

/** The menu items, exactly as the menu shows them (messages that point at the menu quote these). */
export const MENU = {
  title: 'Forebyggende hjemmebesøg',
  setup: 'Opsæt eller opgrader arket',
  refresh: 'Opdater nu',
  sidebar: 'Åbn sidepanelet',
  merge: 'Flet invitationer …',
  templates: 'Opret standardskabeloner',
  planVisits: 'Planlæg besøg …',
  /** The sheet and the menu item: not "Ringeliste". */
  callList: 'Opkaldsliste',
  report: 'Årsrapport',
  projection: 'Fremskriv et år …',
  participants: 'Deltagerlister',
  importCitizens: 'Importér borgerliste …',
  deleteEnded: 'Slet ophørte borgere …',
  settings: 'Indstillinger',
  showRules: 'Vis regler',
  help: 'Hjælp',
  guide: 'Vejledning',
} as const;

export const TERMS = {
  /** When an offer is due (Fra-Til): not "vindue". */
  period: 'Periode',
  /** The information meetings and group events the team holds. */
  meetings: 'Arrangementer',
  meeting: 'Arrangement',
  /** Attendance at a meeting, as the column Deltog i arrangement holds it. */
  attended: 'Deltog',
  absent: 'Udeblev',
  /** The public digital mailbox, always with a capital P. */
  digitalPost: 'Digital Post',
  /**
   * Who a letter is from: the department, one name everywhere: the setting «Afsender (afdeling)», the
   * sidebar's field, the merge's problems and the template field {{Afsender}} (older templates' {{Afdeling}}
   * still works). Not "Afsender på brevene", not "Afdeling".
   */
  sender: 'Afsender (afdeling)',
  settingsSheet: 'Indstillinger',
  citizenSheet: 'Borgere',
  consultant: 'forebyggelseskonsulent',
  letterNumber: 'Brevnr.',
} as const;

/** "Vælg «Opsæt eller opgrader arket» i menuen": how a message sends the reader to a menu item. */
export const chooseInMenu = (item: string) => `Vælg «${item}» i menuen ${MENU.title}`;

/** A sheet a menu item rebuilds exists and is the team's own: refused, never cleared. */
export const sheetNotOurs = (sheet: string, menu: string) => `Arket «${sheet}» findes allerede og er ikke lavet af fhb. Omdøb det, og vælg «${menu}» igen.`;

/**
 * A colleague holds the sheet's lock: one sentence wherever an action waits for it (the menu, the sidebar, the
 * merge, the import), ending in what the refusal left undone. Not «Arket er optaget af en anden» nor «En anden
 * konsulent fletter breve»: the lock is the whole sheet's, whatever the colleague is doing.
 */
export const busy = (unchanged = 'Intet er ændret.') => `En kollega arbejder i arket lige nu. Vent et øjeblik, og prøv igen. ${unchanged}`;
/** The title of a busy alert where the action has none of its own. */
export const BUSY_TITLE = 'Arket er optaget';

/**
 * A count with the right Danish form: `count(1, 'brev', 'breve')` → "1 brev", `count(3, …)` → "3 breve".
 * The one place singular and plural are chosen.
 */
export function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** Nouns fhb counts, singular and plural. */
export const NOUNS = {
  letter: ['brev', 'breve'],
  citizen: ['borger', 'borgere'],
  row: ['række', 'rækker'],
  visit: ['besøg', 'besøg'],
  field: ['felt', 'felter'],
  participant: ['deltager', 'deltagere'],
} as const;

export const countOf = (n: number, noun: keyof typeof NOUNS) => count(n, NOUNS[noun][0], NOUNS[noun][1]);

/** The tail of a shortened list: "… og 3 flere" (not "mere"), the same wherever a list is cut. */
export const andMore = (n: number) => `… og ${n} flere`;
