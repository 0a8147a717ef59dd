/**
 * A tester's sweep of besoeg.csv (issue 24) offline: hostile cells typed by hand beside ordinary rows. The
 * planner must not crash; a row with a Sheets error as its key or text as its date is no visit; no CPR number,
 * typed note or markup from a cell reaches rapport.html, rapport.docx or aed10a.csv; and the rows it could not
 * read wholly are named under the report's summary and in the terminal (by row, CPR masked). Synthetic citizens.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSummary } from '../../../src/cli/summary';
import { docxText, runWithVisits } from './helpers';

const CITIZENS = ['Navn;CPR;Adresse;Postnr;By;Bor alene', 'Karen Test;100545-1234;Testvej 1;2600;Egelund;nej'].join('\r\n');

// File lines: header 1, then 2 onwards.
const VISITS = [
  'Nøgle;Dato;Form;Minutter;Temaer;Rejse-sætte-sig;Henvisninger;Opfølgning',
  '100545-1234;04-03-2025;Hjemmebesøg;60;ensomhed;7;Træning;', // 2: ordinary
  '#N/A;05-03-2025;;;;;;', // 3: a Sheets error as the key (an export of an error cell): no person
  '100545-1234;i går;;;;;;', // 4: text as the date: no visit
  '100545-1234;06-03-2025;;06-03-2025;010130-4321;;;', // 5: a date as minutes, a CPR number as a theme
  '100545-1234;07-03-2025;;;Borgeren græder meget efter mandens død;;<script>alert(1)</script>;', // 6: a note, markup
  `100545-1234;08-03-2025;${' '.repeat(50_000)};;${' '.repeat(50_000)};12,5;;#N/A`, // 7: 50,000 spaces, «12,5», an error as the follow-up
].join('\r\n');

test('hostile besoeg.csv: counted as it should, nothing from a cell in the report, the bad rows named', async () => {
  const { dir, out, result } = await runWithVisits(CITIZENS, VISITS);

  // Rows 2, 5, 6 and 7 are Karen's visits; 3 and 4 are none.
  expect([result.visitReport!.persons, result.visitReport!.visits]).toEqual([1, 4]);
  expect(result.visitReport!.problemRows).toEqual([3, 4, 5, 6, 7]);
  const html = readFileSync(join(out, 'rapport.html'), 'utf8');
  const docx = docxText(readFileSync(join(out, 'rapport.docx')));
  const aed = readFileSync(join(out, 'aed10a.csv'), 'utf8');
  for (const text of [html, docx, aed]) {
    expect(text).not.toMatch(/010130|græder|<script|alert\(|#N\/A/);
    expect(text).not.toMatch(/Karen/);
  }
  for (const text of [html, docx]) expect(text).toContain('Rækkerne 3, 4, 5, 6, 7 i besøgsregistreringen har fejl og er ikke talt med, helt eller delvis. Ret dem');
  const terminal = renderSummary(result, 'none', dir);
  expect(terminal).toMatch(/Række 3: Nøgle: cellen indeholder en fejl \(#N\/A\)/);
  expect(terminal).toMatch(/Række 5: Temaer: «010130-xxxx» står ikke på profilens liste/);
  expect(terminal).not.toMatch(/010130-4321|0101304321/);
});
