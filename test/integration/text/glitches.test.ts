/**
 * Everything the built bundle writes for a team to read, on the in-memory runtime, run through the glitch
 * checker (test/support/text-glitches.ts): the merged letters of every letter kind each profile fhb ships
 * has (the built-in ones and examples/profiles), the sheets Årsrapport and Fremskrivning, «Vis regler»'s
 * dialog, set-up's help column in Indstillinger, the alerts, prompts and toasts the runtime records, and the
 * Danish the sidebar's endpoints answer. Synthetic citizens only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Settings } from '../../../src/core/settings/schema';
import { renderSettingsGrid } from '../../../src/core/sheet/settings-sheet';
import { makeZone } from '../../../src/sheetfns/zone';
import { glitchReport } from '../../support/text-glitches';
import type { FakeSheet, Runtime } from '../../runtime';
import { boot, day, fill, letters } from '../sheet/helpers';
import { SETTINGS } from '../merge/fixture';

type Texts = [string, string][];
const cph = makeZone('Europe/Copenhagen');
const EXAMPLES = join(__dirname, '../../../examples/profiles');

/** Every profile fhb ships: a built-in's name, or an example's JSON as a team pastes it into Indstillinger. */
const PROFILES: [name: string, profile: string, year: number][] = [
  ['glostrup-2025', 'glostrup-2025', 2025],
  ['ballerup', 'ballerup', 2025],
  ['sel-79a', 'sel-79a', 2025],
  ...readdirSync(EXAMPLES).map((f): [string, string, number] => {
    const json = readFileSync(join(EXAMPLES, f), 'utf8');
    const from = (JSON.parse(json) as { validFrom?: string }).validFrom;
    return [f, JSON.stringify(JSON.parse(json)), from ? Number(from.slice(0, 4)) : 2025];
  }),
];

/** The string cells of a sheet, each named by its A1 address. */
function cellTexts(sheet: FakeSheet, name = sheet.getName()): Texts {
  const values = sheet.valuesOf(`A1:${letters(Math.max(sheet.getLastColumn(), 1) - 1)}${Math.max(sheet.getLastRow(), 1)}`);
  const out: Texts = [];
  values.forEach((row, r) => row.forEach((v, c) => {
    if (typeof v === 'string' && v !== '') out.push([`${name}!${letters(c)}${r + 1}`, v]);
  }));
  return out;
}

/** What the runtime's UI showed: alerts, prompts, toasts and the text of dialogs' HTML. */
function uiTexts(rt: Runtime): Texts {
  return [
    ...rt.ui.dialogs.map((d): [string, string] => [`${d.kind} ${d.title ?? ''}`, `${d.title ?? ''}\n${d.prompt}`]),
    ...rt.ui.toasts.map((t): [string, string] => [`toast ${t.title ?? ''}`, `${t.title ?? ''}\n${t.message}`]),
    ...rt.ui.panels.filter((p) => p.kind !== 'sidebar').map((p): [string, string] => [`dialog ${p.title}`, htmlText(p.html)]),
  ];
}

/** An HTML page's text as a reader sees it: no tags, scripts or styles; entities read. */
function htmlText(html: string): string {
  return html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '\n')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** Every string in a value the sidebar receives, named by its path. */
function strings(value: unknown, path: string): Texts {
  if (typeof value === 'string') return value === '' ? [] : [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

const HEADERS = [
  'Navn', 'CPR', 'Fødselsdato', 'Adresse', 'Postnr', 'By', 'Telefon', 'Bor alene', 'Ægtefælle død', 'Ægtefælle flyttet', 'Særlig risiko',
  'Undtaget', 'Digital post', 'Inviteret', 'Besøg', 'Konsulent', 'Gennemført', 'Frabedt', 'Opkald', 'Brev', 'Noter', 'Opfølgning',
  'Arrangement', 'Rehabilitering afsluttet', 'Udskrevet fra hospital',
];

/** One citizen for each offer any shipped profile makes in year `y` (on 4 March), and a follow-up due. */
function citizensFor(y: number): Record<string, unknown>[] {
  const born = (age: number, m = 5) => day(`${y - age}-${String(m).padStart(2, '0')}-10`);
  const rows: Record<string, unknown>[] = [
    { 'Fødselsdato': born(70), 'Bor alene': 'ja' },
    { 'Fødselsdato': born(70, 6) },
    { 'Fødselsdato': born(72), 'Bor alene': 'ja' },
    { 'Fødselsdato': born(75) },
    { 'Fødselsdato': born(78) },
    { 'Fødselsdato': born(80) },
    { 'Fødselsdato': born(80, 8), Besøg: new Date(day(`${y}-03-20`).getTime() + 10 * 3_600_000), Konsulent: 'Anne Andersen' },
    { 'Fødselsdato': born(83) },
    { 'Fødselsdato': born(86) },
    { 'Fødselsdato': born(72, 7), 'Ægtefælle død': day(`${y}-01-20`), Opkald: `02-03-${y} ikke truffet` },
    { 'Fødselsdato': born(73, 7), 'Ægtefælle flyttet': day(`${y}-01-20`), Opkald: `02-03-${y} ikke truffet` },
    { 'Fødselsdato': born(68), 'Særlig risiko': 'ja' },
    { 'Fødselsdato': born(67), 'Rehabilitering afsluttet': day(`${y}-02-16`), Opkald: `02-03-${y} ikke truffet` },
    { 'Fødselsdato': born(77), 'Udskrevet fra hospital': day(`${y}-02-20`), Opkald: `02-03-${y} ikke truffet` },
    { 'Fødselsdato': born(87), Inviteret: day(`${y}-01-10`), Besøg: day(`${y}-02-03`), Konsulent: 'Anne Andersen', Gennemført: day(`${y}-02-03`), Opfølgning: day(`${y}-03-04`) },
  ];
  return rows.map((r, i) => ({
    Navn: `Borger ${String(i + 1).padStart(3, '0')} Testesen`, Adresse: `Prøvevej ${i + 1}`, Postnr: '9999', By: 'Prøveby', Telefon: '11223344',
    'Digital post': i % 2 ? 'ja' : 'nej', ...r,
  }));
}

function lettersOf(profile: string, y: number): Texts {
  const { rt, bundle } = boot({ now: new Date(`${y}-03-04T08:00:00Z`) });
  const citizens = citizensFor(y);
  fill(rt.addSheet('Borgere'), HEADERS, citizens.map((c) => HEADERS.map((h) => c[h] ?? '')));
  const settings = Settings.parse({ ...SETTINGS, asOf: `${y}-03-04`, profile, meetings: SETTINGS.meetings.map((m) => ({ ...m, day: `${y}-04-08` })) });
  const { rows } = renderSettingsGrid(settings, cph);
  rt.addSheet('Indstillinger').getRange(1, 1, rows.length, rows[0].length).setValues(rows as never);
  bundle.run('fhbCreateTemplates');
  // Every row, not only those due today: a letter of each kind (the sheet has no filter).
  const preview = bundle.googleScriptRun('fhbMergePreview', { scope: 'filter' }) as { total: number; countsByTemplate: { template: string }[] };
  const run = bundle.googleScriptRun('fhbMergeStart', { scope: 'filter' }) as { finished: boolean; message: string; documents: { url: string }[] };
  expect(run.finished).toBe(true);
  const kinds = preview.countsByTemplate.map((c) => c.template).join(' ');
  return [
    ...run.documents.map((d): [string, string] => [`brev (${kinds})`, rt.documents.bodyText(/\/d\/([^/]+)/.exec(d.url)![1])]),
    ['fletning', run.message],
    ...strings(preview, 'fhbMergePreview'),
    ...uiTexts(rt),
  ];
}

describe('the merged letters of every profile fhb ships read as Danish', () => {
  it.each(PROFILES)('%s', (_name, profile, year) => {
    const texts = lettersOf(profile, year);
    expect(glitchReport(texts)).toEqual([]);
  });
});

/**
 * A set-up team sheet of the citizens above under `profile` in year `y`, with two consultants: the menu
 * items that write a sheet or show a dialog are run on it, and the sidebar's endpoints asked for each row.
 */
function teamSheet(profile: string, y: number) {
  const { rt, bundle } = boot({ now: new Date(`${y}-03-04T08:00:00Z`) });
  bundle.run('fhbSetup');
  const settings = Settings.parse({ ...SETTINGS, asOf: `${y}-03-04`, profile, consultants: [{ name: 'Anne Andersen' }, { name: 'Bo Berg' }], meetings: SETTINGS.meetings.map((m) => ({ ...m, day: `${y}-04-08` })) });
  const { rows } = renderSettingsGrid(settings, cph);
  rt.sheet('Indstillinger').getRange(1, 1, rows.length, rows[0].length).setValues(rows as never);
  bundle.run('fhbSetup'); // a profile's own events get their columns
  const sheet = rt.sheet('Borgere');
  const headers = (sheet.valuesOf(`A1:${letters(sheet.getLastColumn() - 1)}1`)[0] as unknown[]).map(String);
  const citizens = citizensFor(y);
  for (const h of headers) {
    if (!citizens.some((c) => h in c)) continue;
    sheet.getRange(2, headers.indexOf(h) + 1, citizens.length, 1).setValues(citizens.map((c) => [c[h] ?? '']) as never);
  }
  return { rt, bundle, rows: citizens.length };
}

describe('the sheets, dialogs and sidebar of every profile fhb ships read as Danish', () => {
  it.each(PROFILES)('%s', (_name, profile, year) => {
    const { rt, bundle, rows } = teamSheet(profile, year);
    const texts: Texts = [...cellTexts(rt.sheet('Indstillinger'))];
    bundle.run('fhbYearReport');
    rt.ui.answers.push({ button: 'OK', text: String(year + 1) }, { button: 'OK', text: '' });
    bundle.run('fhbProjectYear');
    bundle.run('fhbShowRules');
    for (const name of ['Årsrapport', 'Fremskrivning']) {
      const sheet = rt.spreadsheet.findSheet(name);
      expect([name, sheet !== null]).toEqual([name, true]);
      texts.push(...cellTexts(sheet!));
    }
    // The citizen sheet's computed columns (Tilbud, Begrundelse, Status …) as the team reads them.
    texts.push(...cellTexts(rt.sheet('Borgere')));
    texts.push(...strings(bundle.googleScriptRun('fhbSidebarState'), 'fhbSidebarState'));
    texts.push(...strings(bundle.googleScriptRun('fhbGetSettings'), 'fhbGetSettings'));
    texts.push(...strings(bundle.googleScriptRun('fhbCallList'), 'fhbCallList'));
    for (let row = 2; row <= rows + 2; row++) texts.push(...strings(bundle.googleScriptRun('fhbSelectedCitizen', { row }), `fhbSelectedCitizen(${row})`));
    texts.push(...uiTexts(rt));
    // The profile pasted into Indstillinger is the team's own JSON, shown back as typed.
    expect(glitchReport(texts.filter(([, t]) => t !== profile))).toEqual([]);
  });
});
