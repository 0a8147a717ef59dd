/**
 * `npm start` on the shipped sample shows the visit part: examples/besoeg.csv lies beside examples/borgere.csv,
 * so the year report has its part *Besøg i året*, every follow-up whose day has come leads its row's plan and
 * gets its OPFOLGNING letter, and the terminal counts the open follow-ups. The expected numbers come from the
 * two files read on their own (the visit reader and the citizens' keys), never typed in, so the part cannot
 * silently disappear again (as it did while the sample shipped no visit file).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { citizenKey } from '../../../src/core/citizens/key';
import { FOLLOW_UP_TEXT } from '../../../src/core/follow-up/offer';
import { type Day, yearOf } from '../../../src/core/day';
import { resolveProfile } from '../../../src/core/profiles/registry';
import { visitVocabulary } from '../../../src/core/profiles/visit-terms';
import { latestDay } from '../../../src/core/records/year';
import * as visitText from '../../../src/core/report/visits-text';
import { findColumns } from '../../../src/core/sheet/columns';
import { parseRecord } from '../../../src/core/status/records';
import { VISIT_FILE_NAME } from '../../../src/core/visit-record/columns';
import { openFollowUps } from '../../../src/core/visit-record/follow-ups';
import { readVisitRecords } from '../../../src/core/visit-record/read';
import { tableFromCsv } from '../../../src/offline/input';
import { fileDateToDay } from '../../../src/offline/plan-table';
import { ROOT, SAMPLE, SAMPLE_SETTINGS, cliIo, iso, openXlsx, readText, sheetRecords, tempDir } from './helpers';

const settings = JSON.parse(readText(SAMPLE_SETTINGS)) as { asOf: string; profile: string };
const asOf = iso(settings.asOf);
const citizens = tableFromCsv(readText(SAMPLE));
const visitFile = tableFromCsv(readText(join(ROOT, 'examples', VISIT_FILE_NAME)));
const visits = readVisitRecords(
  { headers: visitFile.headers, rows: visitFile.rows.map((r) => r.cells) },
  { toDay: fileDateToDay, vocabulary: visitVocabulary(resolveProfile(settings.profile)) },
);
const columns = findColumns(citizens.headers);
const lastDone = new Map<string, Day>();
for (const r of citizens.rows) {
  const done = latestDay(parseRecord(r.cells[columns.done!], 'gennemført', fileDateToDay));
  if (done !== undefined) lastDone.set(citizenKey({ columns, values: r.cells }), done);
}
const open = openFollowUps(visits.records, { lastDone: (key) => lastDone.get(key) });
const due = [...open.values()].filter((day) => day <= asOf).length;
const thisYear = visits.records.filter((r) => yearOf(r.day) === yearOf(asOf));
const persons = new Set(thisYear.map((r) => r.key)).size;

let stdout: string;
let out: string;
beforeAll(async () => {
  out = tempDir();
  const t = cliIo();
  // As `npm start` runs it: no file, so the bundled sample with its settings and the visit file beside it.
  expect(await main(['--out', out], t.io)).toBe(0);
  stdout = t.out();
}, 60_000);

describe('npm start on the shipped sample: the visit part', () => {
  it('reads every row of examples/besoeg.csv, each naming a sample citizen, with open follow-ups due and not yet due', () => {
    expect(visits.problems).toEqual([]);
    expect(visits.records.length).toBe(visitFile.rows.length);
    const keys = new Set(citizens.rows.map((r) => citizenKey({ columns, values: r.cells })));
    expect(visits.records.filter((r) => !keys.has(r.key))).toEqual([]);
    expect(persons).toBeGreaterThan(0);
    expect(due).toBeGreaterThan(0);
    expect(open.size).toBeGreaterThan(due);
  });

  it('prints the visit part in the terminal: the file, the persons and contacts of the year, the open follow-ups', () => {
    expect(stdout).toContain(visitText.HEADING);
    expect(stdout).toContain(join('examples', VISIT_FILE_NAME));
    expect(stdout).toContain(visitText.summary(persons, thisYear.length));
    expect(stdout).toContain(`${visitText.followUpsOpen}: ${open.size}`);
  });

  it('writes the visit part of rapport.html and aed10a.csv with the year\'s persons', () => {
    const html = readText(join(out, 'rapport.html'));
    for (const heading of [visitText.HEADING, visitText.AED10A_HEADING, visitText.FORM_HEADING, visitText.THEMES_HEADING, visitText.CHAIR_HEADING, visitText.FOLLOW_UP_HEADING]) {
      expect([heading, html.includes(heading)]).toEqual([heading, true]);
    }
    expect(html).toContain(visitText.summary(persons, thisYear.length));
    const aed = tableFromCsv(readText(join(out, visitText.AED10A_FILE)));
    expect(aed.headers).toEqual([...visitText.AED10A_HEADER]);
    const sum = (i: number) => aed.rows.reduce((n, r) => n + Number(r.cells[i]), 0);
    expect([sum(2), sum(3)]).toEqual([persons, thisYear.length]);
  });

  it('lets each due follow-up lead its row in plan.xlsx and makes one OPFOLGNING letter for it', async () => {
    const plan = sheetRecords((await openXlsx(join(out, 'plan.xlsx'))).getWorksheet('Plan')!);
    const leading = plan.filter((r) => String(r.get('Tilbud')).startsWith(FOLLOW_UP_TEXT.label));
    expect(leading).toHaveLength(due);
    // Each row's Opfølgning is the day the offer runs from.
    for (const r of leading) expect((r.get('Opfølgning') as Date).getTime()).toBe((r.get('Fra') as Date).getTime());
    const letters = readdirSync(join(out, 'breve')).filter((f) => f.endsWith('-OPFOLGNING.docx'));
    expect(letters.sort()).toEqual(leading.map((r) => `raekke-${String(r.rowNumber).padStart(5, '0')}-OPFOLGNING.docx`).sort());
    expect(stdout).toMatch(new RegExp(`OPFOLGNING ${due}\\b`));
  });
});
