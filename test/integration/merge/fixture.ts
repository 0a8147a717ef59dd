import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { dayFromYmd } from '../../../src/core/day';
import { Settings } from '../../../src/core/settings/schema';
import { renderSettingsGrid } from '../../../src/core/sheet/settings-sheet';
import { makeZone } from '../../../src/sheetfns/zone';
import { createRuntime, DEFAULT_BUNDLE, type BundleContext, type Runtime } from '../../runtime';

/**
 * A world for the merge: a Borgere sheet of synthetic citizens due for a letter under Glostrup 2025 on
 * the runtime's clock (4 March 2025), contact settings, and the default templates made by
 * fhbCreateTemplates. Names are unique ("Borger 017 Testesen") so each letter can be traced to its row.
 */
export const HEADERS = [
  'Navn', 'CPR', 'Fødselsdato', 'Adresse', 'Postnr', 'By', 'Bor alene', 'Ægtefælle død', 'Særlig risiko', 'Undtaget',
  'Digital post', 'Inviteret', 'Besøg', 'Konsulent', 'Gennemført', 'Frabedt', 'Opkald', 'Brev', 'Noter', 'Arrangement',
];

const cph = makeZone('Europe/Copenhagen');
export const date = (y: number, m: number, d: number) => cph.toDate(dayFromYmd(y, m, d));

export const SETTINGS = Settings.parse({
  asOf: '2025-03-04',
  profile: 'glostrup-2025',
  municipality: 'Prøvekommune',
  department: 'Forebyggende hjemmebesøg',
  address: 'Rådhusvej 1',
  postcodeCity: '9999 Prøveby',
  phone: '11 22 33 44',
  phoneHours: 'hverdage kl. 8-9',
  email: 'forebyg@proeve.dk',
  signature: 'Anne Andersen, forebyggelseskonsulent',
  privacyDpo: 'dpo@testrup.dk',
  // Glostrup's 70- and 75-year-olds are invited to an information meeting (G173-192).
  meetings: [
    { name: 'Informationsmøde april', day: '2025-04-08', startMinute: 600, endMinute: 720, place: 'Rådhuset', address: 'Rådhusvej 1, 9999 Prøveby', capacity: 200, offers: ['ALENE_70', 'ALDER_75'] },
  ],
});

export const nameOf = (i: number) => `Borger ${String(i).padStart(3, '0')} Testesen`;

/** `n` citizens due: 75-year-olds, 70-year-olds living alone and 82+ in turn. */
export function dueCitizens(n: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => {
    const kind = i % 3;
    const birth = kind === 0 ? date(1950, 1 + (i % 12), 10) : kind === 1 ? date(1955, 1 + (i % 12), 11) : date(1938, 1 + (i % 12), 12);
    return {
      Navn: nameOf(i + 1), CPR: '', 'Fødselsdato': birth, Adresse: `Prøvevej ${i + 1}`, Postnr: '9999', By: 'Prøveby',
      'Bor alene': kind === 1 ? 'ja' : '', 'Digital post': i % 2 === 0 ? 'ja' : 'nej',
    };
  });
}

export function writeCitizens(rt: Runtime, citizens: Record<string, unknown>[]): void {
  const sheet = rt.spreadsheet.findSheet('Borgere') ?? rt.addSheet('Borgere');
  const rows = [HEADERS, ...citizens.map((c) => HEADERS.map((h) => (c[h] ?? '') as unknown))];
  if (sheet.getMaxRows() < rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  sheet.getRange(1, 1, rows.length, HEADERS.length).setValues(rows as never);
}

export function writeSettings(rt: Runtime, settings: Settings = SETTINGS): void {
  const sheet = rt.spreadsheet.findSheet('Indstillinger') ?? rt.addSheet('Indstillinger');
  const { rows } = renderSettingsGrid(settings, cph);
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows as never);
}

export interface MergeWorld {
  rt: Runtime;
  bundle: BundleContext;
}

export const BUNDLE = process.env.FHB_BUNDLE ?? DEFAULT_BUNDLE;

let documentAppCopy: string | undefined;
/**
 * The built bundle beside a manifest without the advanced Docs service: the merge takes the DocumentApp
 * path, as a template with a table does. Tests of runs that must span several executions use it: on the
 * Docs API path 60 letters take one (fault-injection.test.ts stops and resumes that path at its calls).
 */
export function documentAppBundle(): string {
  if (documentAppCopy) return documentAppCopy;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fhb-documentapp-'));
  const dist = path.dirname(BUNDLE);
  for (const f of fs.readdirSync(dist)) fs.copyFileSync(path.join(dist, f), path.join(dir, f));
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'appsscript.json'), 'utf8'));
  manifest.dependencies.enabledAdvancedServices = manifest.dependencies.enabledAdvancedServices.filter((s: { serviceId: string }) => s.serviceId !== 'docs');
  fs.writeFileSync(path.join(dir, 'appsscript.json'), JSON.stringify(manifest));
  return (documentAppCopy = path.join(dir, 'Code.js'));
}

export function mergeWorld(n = 12, opts: { citizens?: Record<string, unknown>[]; msPerServiceCall?: number; templates?: boolean; documentApp?: boolean } = {}): MergeWorld {
  const rt = createRuntime({ now: new Date('2025-03-04T08:00:00Z'), msPerServiceCall: opts.msPerServiceCall });
  // The runtime's Date follows its modelled clock, so the merge's time box reads the runtime clock.
  const bundle = rt.load(opts.documentApp ? documentAppBundle() : BUNDLE, { realTimeoutMs: 120_000 });
  writeCitizens(rt, opts.citizens ?? dueCitizens(n));
  writeSettings(rt);
  if (opts.templates !== false) bundle.run('fhbCreateTemplates');
  rt.select('Borgere', 'A1');
  return { rt, bundle };
}

export const column = (rt: Runtime, header: string): unknown[] => {
  const sheet = rt.sheet('Borgere');
  const values = sheet.getRange(1, 1, sheet.getLastRow(), HEADERS.length).getValues() as unknown[][];
  const c = values[0].indexOf(header);
  return values.slice(1).map((r) => r[c]);
};

/** The letters in a document's text: each reference line and the text of the letter it ends. */
export function lettersIn(text: string): { ref: string; text: string }[] {
  const out: { ref: string; text: string }[] = [];
  const re = /Brevnr\. [A-Z0-9]+-\d{4,}/g;
  let start = 0;
  for (const m of text.matchAll(re)) {
    out.push({ ref: m[0], text: text.slice(start, m.index) });
    start = m.index! + m[0].length;
  }
  return out;
}

/** A short template for the fault-injection runs: several paragraphs, loose placeholders. */
export const COMPACT_TEMPLATE = ['Kære {{ navn }}', '{{Adresse}}, {{Postnr}} {{By}}', 'Dit tilbud: {{Tilbud}}', 'Hilsen {{Underskrift}}'];

/** Puts the same template Doc behind every template key the due citizens use (test set-up, free). */
export function useTemplate(rt: Runtime, paragraphs: string[], keys = ['ALDER_75', 'ALENE_70', 'ALDER_82']): void {
  const ids: Record<string, string> = {};
  for (const key of keys) ids[key] = rt.drive.addGoogleDoc(`Skabelon ${key}`, paragraphs).id;
  rt.properties.document.set('fhb.merge.templates', JSON.stringify(ids));
}

/**
 * A template formatted inside its paragraphs, as a team formats one in Docs (for the Docs API's runs):
 * a bold field after an emoji (two UTF-16 units), an italic field and a bold word mid-sentence, a bold
 * lead-in that ends exactly where a field begins, a coloured link, a font over a whole line but not its end.
 * Each style: [start, end) in UTF-16 units and DocumentApp's attributes.
 */
export const MIXED_TEMPLATE: { text: string; styles: [number, number, Record<string, unknown>][] }[] = [
  { text: '😀 Kære {{ navn }}, velkommen', styles: [[8, 18, { BOLD: true }]] },
  { text: 'Mødet er {{Dato}} på Rådhuset, {{Adresse}}.', styles: [[9, 17, { ITALIC: true }], [21, 29, { BOLD: true }]] },
  { text: 'Dit tilbud: {{Tilbud}}', styles: [[0, 12, { BOLD: true, FONT_SIZE: 12 }]] },
  { text: 'Skriv til forebyg@proeve.dk eller ring.', styles: [[10, 27, { FOREGROUND_COLOR: '#1155cc', LINK_URL: 'mailto:forebyg@proeve.dk', UNDERLINE: true }]] },
  { text: 'Hilsen {{Underskrift}}', styles: [[0, 22, { FONT_FAMILY: 'Georgia' }]] },
];

/** useTemplate with a formatted template (MIXED_TEMPLATE's shape). */
export function useStyledTemplate(rt: Runtime, paragraphs: typeof MIXED_TEMPLATE, keys?: string[]): void {
  useTemplate(rt, paragraphs.map((p) => p.text), keys);
  for (const id of Object.values(JSON.parse(rt.properties.document.get('fhb.merge.templates')!)) as string[]) {
    paragraphs.forEach((p, i) => p.styles.forEach(([start, end, attrs]) => rt.documents.styleText(id, i, start, end, attrs)));
  }
}

/**
 * Words formatted inside sentences of every default template, as a team might format its own: the name
 * bold in the greeting, the phone number bold in the sender lines and the contact line, the e-mail address
 * a blue link in the contact line. No service call.
 */
export function formatInside(rt: Runtime): void {
  const styles: [string, Record<string, unknown>][] = [
    ['{{Navn}}', { BOLD: true }],
    ['{{Telefon kommune}}', { BOLD: true }],
    ['{{E-mail kommune}}', { LINK_URL: 'mailto:forebyg@proeve.dk', FOREGROUND_COLOR: '#1155cc' }],
  ];
  const ids = new Set(Object.values(JSON.parse(rt.properties.document.get('fhb.merge.templates')!)) as string[]);
  for (const id of ids) {
    rt.documents.get(id)!.live.body.children.forEach((p, i) => {
      if (p.kind === 'TABLE') return;
      for (const [word, attrs] of styles) {
        const at = p.text.indexOf(word);
        if (at >= 0 && p.text !== word) rt.documents.styleText(id, i, at, at + word.length, attrs);
      }
    });
  }
}

export interface Progress { runId: string; done: number; total: number; finished: boolean; message: string; documents: { url: string; title: string }[] }

/**
 * Keeps asking, as the sidebar does, until the run is finished: start when there is no run, continue
 * when there is one; a run whose lease a dead execution still holds is waited out on the clock.
 */
export function driveToEnd(w: MergeWorld, start: Record<string, unknown> = { scope: 'due' }): Progress {
  const call = <T>(name: string, ...args: unknown[]) => w.bundle.googleScriptRun(name, ...args) as T;
  for (let k = 0; k < 100; k++) {
    try {
      const status = call<Progress | null>('fhbMergeStatus');
      if (status?.finished) return status;
      if (!status) call('fhbMergeStart', start);
      else {
        const p = call<Progress>('fhbMergeContinue', status.runId);
        if (!p.finished && p.done === status.done) w.rt.clock.advance(7 * 60_000);
      }
    } catch {
      // a failed call: ask again
    }
  }
  throw new Error('the merge did not finish');
}

/**
 * Exactly once, read from what exists: every letter in every Doc, traced to its citizen by name.
 * Returns a list of violations (empty when every due row has exactly one letter, every letter belongs
 * to exactly one row, and every row is marked with the date and the link of the Doc holding its letter).
 */
export function exactlyOnceViolations(w: MergeWorld, names: string[], templateIds: Set<string>): string[] {
  const problems: string[] = [];
  const letterDocs = new Map<string, string>(); // name → doc id
  for (const [id, doc] of w.rt.documents.docs) {
    if (templateIds.has(id)) continue;
    const file = w.rt.drive.files.get(id);
    if (file?.trashed) continue;
    const text = w.rt.documents.bodyText(id);
    const letters = lettersIn(text);
    const tail = text.slice(text.lastIndexOf('Brevnr.') >= 0 ? text.indexOf('\n', text.lastIndexOf('Brevnr.')) + 1 || text.length : 0);
    if (tail.replace(/\n/g, '').trim() !== '') problems.push(`${doc.name}: text after the last letter: ${JSON.stringify(tail.slice(0, 80))}`);
    for (const l of letters) {
      const who = [...l.text.matchAll(/Kære (.+)/g)].map((m) => m[1]);
      if (who.length !== 1) problems.push(`${l.ref}: ${who.length} citizens in one letter`);
      if (l.text.includes('{{')) problems.push(`${l.ref}: placeholder left`);
      for (const name of who) {
        if (letterDocs.has(name)) problems.push(`${name}: two letters`);
        letterDocs.set(name, id);
      }
    }
  }
  const invited = column(w.rt, 'Inviteret');
  const links = column(w.rt, 'Brev') as string[];
  names.forEach((name, i) => {
    const id = letterDocs.get(name);
    if (!id) problems.push(`${name}: no letter`);
    const link = links[i];
    if (!link || !id || !link.includes(`/d/${id}/`)) problems.push(`${name}: row ${i + 2} links ${link || 'nothing'}, letter in ${id}`);
    if (!(invited[i] instanceof Date)) problems.push(`${name}: row ${i + 2} not marked invited`);
  });
  for (const name of letterDocs.keys()) if (!names.includes(name)) problems.push(`${name}: letter for nobody due`);
  return problems;
}
