/** Every Danish text the Google merge shows, in one voice. */
import { andMore, busy, countOf } from '../../core/text/glossary';
import type { Unsupported } from '../../core/docs-api/shape';

export const CITIZEN_SHEET_MISSING = 'Arket «Borgere» findes ikke. Vælg «Opsæt eller opgrader arket» i menuen først.';
export const columnMissing = (header: string) => `Kolonnen «${header}» mangler i arket Borgere. Tilføj den (eller vælg «Opsæt eller opgrader arket» i menuen), så fletningen kan notere invitationen.`;
export const LOCK_BUSY = busy();
export const runActive = (done: number, total: number) =>
  `En fletning er allerede i gang (${done} af ${countOf(total, 'letter')}). Den fortsætter af sig selv; tryk «Fortsæt fletningen», hvis den er gået i stå.`;
export const runOwnedBy = (owner: string, done: number, total: number) =>
  `Fletningen er startet af ${owner} og er nået til ${done} af ${total} breve. Den kan kun fortsættes fra ${owner}s konto, fordi brevene lægges i ${owner}s mappe, som din konto ikke må lægge filer i. Den fortsætter af sig selv hvert minut under ${owner}s konto; er den gået i stå, så bed ${owner} om at åbne sidepanelet og trykke «Fortsæt fletningen». Når den er færdig, kan du starte en ny fletning.`;
export const runDocNotShared = (owner: string, done: number, total: number) =>
  `Fletningen er startet af ${owner} og er nået til ${done} af ${total} breve, men det samlede dokument er ikke delt med dig. Den fortsætter af sig selv hvert minut under ${owner}s konto; er den gået i stå, så bed ${owner} om at trykke «Fortsæt fletningen».`;
export const runUnknown = (runId: string) => `Fletningen «${runId}» findes ikke (længere). Start en ny fletning.`;
export const NOTHING_DUE = 'Der er ingen borgere, der skal have et brev lige nu.';
export const problemLine = (row: number, field: string) => `• række ${row}: ${field}`;
export const moreProblems = (n: number) => `• ${andMore(n)}`;
export const progress = (done: number, total: number) => `${done} af ${countOf(total, 'letter')} er lavet. Fletningen fortsætter …`;
export const writesPaused = (done: number, total: number) =>
  `${done} af ${countOf(total, 'letter')} er lavet. Google tager kun imod et vist antal ændringer i dokumenter i minuttet, så fletningen holder en kort pause og fortsætter af sig selv om lidt.`;
export const finished = (total: number, mode: 'combined' | 'perCitizen') =>
  total === 1
    ? 'Færdig: ét brev er lavet, og rækken er noteret som inviteret.'
    : `Færdig: ${total} breve er lavet ${mode === 'combined' ? 'i ét samlet dokument, ét brev pr. side' : 'som ét dokument pr. borger'}, og rækkerne er noteret som inviteret.`;
export const rowMoved = (row: number) =>
  `Rækkerne i arket Borgere er flyttet under fletningen, og borgeren fra række ${row} kan ikke findes igen. Fletningen er stoppet; de breve, der er lavet, er noteret i arket.`;
export const markLost = (row: number, ref: string) =>
  `Borgeren fra række ${row} kan ikke findes igen i arket Borgere (rækker er slettet eller flyttet under fletningen). Brevet (${ref}) er lavet, men rækken er ikke noteret som inviteret. Fletningen er stoppet; de andre breve, der er lavet, er noteret i arket.`;
export const headerNeedsPerCitizen = (template: string, field: string) =>
  `Brevskabelon ${template}: {{${field}}} i sidehoved eller sidefod kan kun bruges med «Ét dokument pr. borger»`;
const SLOW_BECAUSE: Record<Unsupported, string> = {
  table: 'en tabel',
  list: 'en punktopstilling',
  image: 'et billede',
  pageBreakInside: 'et sideskift midt i et afsnit',
  paragraphFormat: 'afsnitsformatering som linjeafstand eller indrykning',
  textFormat: 'hævet eller sænket skrift, kapitæler eller et bogmærke',
  section: 'et sektionsskift',
  other: 'indhold, som den hurtige fletning ikke kender',
};
export const slowTemplate = (template: string, what: Unsupported) =>
  `Brevskabelonen «${template}» indeholder ${SLOW_BECAUSE[what]}. Brevene laves derfor afsnit for afsnit: de bliver de samme, men fletningen tager længere tid.`;
export const badRequest = (detail: string) => `Ugyldig forespørgsel til fletningen: ${detail}`;
export const templateUnreadable = (key: string) => `Brevskabelon ${key} kan ikke åbnes (Indstillinger). Vælg «Opret standardskabeloner» i menuen`;

export const folderUnreadable = (id: string) =>
  `Mappen til breve (Indstillinger: «${id}») kan ikke åbnes. Fletningen må kun bruge mapper, den selv har lavet: slet mappe-id'et i Indstillinger, så laver fletningen sin egen mappe.`;
/** The consumer accounts' daily limit on new documents (Workspace: 1,500). */
export const DOCS_PER_DAY = 250;
export const tooManyDocs = (n: number) =>
  `Med «Ét dokument pr. borger» laves ${n} dokumenter. En almindelig Google-konto må højst oprette ${DOCS_PER_DAY} dokumenter om dagen, så fletningen vil stoppe undervejs. Vælg «Ét samlet dokument», eller flet i mindre portioner (markering eller filter) over flere dage.`;

export const combinedTitle = (tag: string, date: string) => `Invitationer ${date} (${tag})`;
/** A letter's Doc (and PDF) name: the template and the reference, never the citizen's name (Drive search and audit logs show names). */
export const perCitizenTitle = (template: string, ref: string) => `${template} (${ref})`;
export const folderTitle = 'Forebyggende hjemmebesøg – breve';
/** A file of a run started before the files were listed by title. */
export const EARLIER_RUN_FILE = 'Fil fra fletningen';
export const manifestTitle = (tag: string) => `Digital Post-liste ${tag}.csv`;
export const MANIFEST_HEADERS = ['Brevnr', 'Række', 'Navn', 'Adresse', 'Postnr', 'By', 'Digital post', 'Skabelon', 'Dokument', 'PDF'];
export { letterRef, LETTER_REF_PATTERN } from '../../core/letters/text';
export const templateNotOurs = (key: string, maker: string) =>
  maker
    ? `Brevskabelon ${key} blev lavet af ${maker} og kan ikke åbnes med din konto, så den er ikke erstattet (kollegaens rettelser bevares). Bed ${maker} om at vælge «Opret standardskabeloner»: så deles skabelonerne med alle, der kan redigere arket, og er den slettet, laves en ny. Du kan også skrive id'et på en anden skabelon under Brevskabeloner i Indstillinger.`
    : `Brevskabelon ${key} kan ikke åbnes med din konto, så den er ikke erstattet. Bed den, der lavede den, om at dele den med dig, eller skriv id'et på en anden skabelon under Brevskabeloner i Indstillinger (eller slet id'et der, så laves en ny).`;
export const templatesCreated = (made: string[], kept: string[]) =>
  [made.length ? `Oprettet: ${made.join(', ')}.` : '', kept.length ? `Beholdt (findes allerede): ${kept.join(', ')}.` : ''].filter(Boolean).join(' ');
