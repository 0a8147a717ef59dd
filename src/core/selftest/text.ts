import { count } from '../text/glossary';
import type { CheckId } from './checks';

/** The self-test's Danish text: the menu item, the prompt, each check's label and the report's sentences. */

export const MENU_ITEM = 'Kontrollér opsætningen';
export const TITLE = 'Kontrol af opsætningen';

export const PROMPT =
  'fhb prøver nu alt det, den bruger hos Google, i et midlertidigt ark og en midlertidig mappe, som fjernes igen bagefter. Ingen borgerdata læses eller ændres.\n\n' +
  'Skriv en kollegas e-mailadresse, hvis deling også skal prøves (kollegaen kan få en e-mail fra Google), eller lad feltet stå tomt.';

export const badAddress = (typed: string) =>
  `«${typed}» er ikke en e-mailadresse. Kontrollen er ikke kørt; prøv igen med en adresse som navn@kommune.dk, eller lad feltet stå tomt.`;

/** What each check proves works, as the report lists it. */
export const LABELS: Readonly<Record<CheckId, string>> = {
  cells: 'Tekst forbliver tekst: «9-12», «007» og «+45 12 34 56 78» i celler formateret som ren tekst',
  validation: 'Datavalidering (rulleliste i en celle)',
  conditionalFormat: 'Betinget formatering (rækkens farve efter status)',
  protection: 'Beskyttelse med advarsel (som de beregnede kolonner)',
  lock: 'Dokumentlåsen (to konsulenter klikker samtidig)',
  trigger: 'Tidsudløser oprettet og slettet',
  properties: 'Dokumentegenskaber gemt, læst og slettet',
  folder: 'Mappe oprettet i Drev (Drive API med adgangen drive.file)',
  letter: 'Brev lavet fra en skabelon med pladsholdere udfyldt',
  pageBreak: 'Sideskift mellem to breve',
  header: 'Sidehoved fra skabelonen, uden tom linje øverst',
  pdf: 'PDF-eksport gemt i mappen',
  move: 'Fil flyttet ind i mappen',
  share: 'Deling af mappe og dokument med en kollega',
};

// The checks' own findings (Google's messages are shown as Google wrote them).
export const FAIL = {
  cell: (value: string, got: string) => `«${value}» kom tilbage som «${got}»`,
  validation: 'Cellen har ingen datavalidering, efter at den blev sat',
  conditionalFormat: 'Arket har ikke den betingede formatering, efter at den blev sat',
  protection: 'Beskyttelsen er ikke kun en advarsel',
  lockBusy: 'Dokumentlåsen kunne ikke fås inden for 10 sekunder (arbejder en kollega i arket?). Prøv igen om lidt.',
  triggerLeft: 'Udløseren findes stadig, efter at den blev slettet',
  property: (got: string | null) => `Egenskaben kom tilbage som «${got ?? '(ingen)'}»`,
  folder: 'Mappen kan ikke findes igen med Drive API',
  placeholders: (text: string) => `Brevet blev ikke udfyldt: «${text}»`,
  pageBreak: 'Der er intet sideskift mellem de to breve',
  headerEmptyFirst: 'Sidehovedet begynder med en tom linje',
  header: (got: string) => `Sidehovedet lyder «${got}»`,
  pdf: 'PDF-filen er tom',
  move: 'Filen ligger ikke i mappen efter flytningen',
  share: (email: string) => `«${email}» står ikke på delingen`,
} as const;

export const SKIPPED = {
  needs: (n: number) => `ikke prøvet, fordi punkt ${n} fejlede`,
  noAddress: 'sprunget over: ingen kollegas adresse angivet',
} as const;

export const CLEANUP = 'Oprydning: det midlertidige ark, mappen, udløseren og egenskaben er fjernet igen';
export const cleanupFailed = (message: string, leftovers: readonly string[]) =>
  `Oprydning: ${message}${leftovers.length ? `. Slet selv: ${leftovers.join(', ')}` : ''}`;
export const LEFTOVER = {
  sheet: (name: string) => `arket «${name}»`,
  folder: (name: string) => `mappen «${name}» i Drev`,
  trigger: 'tidsudløseren (Udvidelser → Apps Script → Udløsere)',
  property: (key: string) => `dokumentegenskaben «${key}»`,
} as const;

const checks = (n: number) => count(n, 'kontrol', 'kontroller');

export function summary(total: number, failed: number, skipped: number): string {
  const skip = skipped ? `; ${skipped} sprunget over` : '';
  if (failed === 0) return `Alt virker: ${checks(total - skipped)} i orden${skip}.`;
  return `${failed} af ${checks(total)} fejlede${skip}.`;
}

export const duration = (ms: number) => `Tid: ${count(Math.max(1, Math.round(ms / 1000)), 'sekund', 'sekunder')}.`;
export const INTRO = 'Alt er prøvet i et midlertidigt ark og en midlertidig mappe, som er fjernet igen. Ingen borgerdata er læst eller ændret.';
export const FAILED_NOTE = `Teksten efter ✗ er Googles egen meddelelse (eller hvad kontrollen fandt). Send listen til IT, og vælg «${MENU_ITEM}» igen, når fejlen er rettet.`;
