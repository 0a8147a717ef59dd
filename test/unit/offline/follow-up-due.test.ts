/**
 * Offline follow-ups as due work (issue 24 items 5 and 7): an open follow-up from besoeg.csv whose day has
 * come leads the row's plan with the follow-up offer (core/follow-up/offer.ts, the Google sheet's own
 * function): the offline «Planlæg besøg» books its fixed-time visit and the letters make the template
 * OPFOLGNING once, never again once Besøg meddelt has the visit; a follow-up not yet due makes no letter.
 * The terminal summary counts the open follow-ups. Synthetic citizens only.
 */
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSummary } from '../../../src/cli/summary';
import { FOLLOW_UP_CODE } from '../../../src/core/follow-up/offer';
import { dayFromYmd } from '../../../src/core/day';
import { runOffline } from '../../../src/offline/run';
import { SAMPLE_SETTINGS, docxText, tempDir } from './helpers';

const VISITS = [
  'Nøgle;Dato;Konsulent;Tilbud;Form;Rejse-sætte-sig;Henvisninger;Opfølgning',
  // Inge: a follow-up from 01-04-2025, due on the run's day (15-04-2025).
  '010140-2222;01-03-2025;Anna;ALDER_82;Hjemmebesøg;6;Træning;01-04-2025',
  // Karen: a follow-up from 01-06-2025, not yet due.
  '100545-1234;04-03-2025;Anna;ALDER_80;Hjemmebesøg;;;01-06-2025',
].join('\r\n');

async function run(inge: { invited?: string; visit?: string } = {}) {
  const dir = tempDir();
  const input = join(dir, 'borgere.csv');
  writeFileSync(input, `\uFEFF${[
    'Navn;CPR;Adresse;Postnr;By;Bor alene;Inviteret;Gennemført;Besøg;Konsulent;Besøg meddelt',
    `Inge Test;010140-2222;Testvej 3;2600;Egelund;nej;${inge.invited ?? ''};01-03-2025;${inge.visit ?? ''};${inge.visit ? 'Anne Holm' : ''};${inge.visit ?? ''}`,
    'Karen Test;100545-1234;Testvej 1;2600;Egelund;nej;01-02-2025;04-03-2025;;;',
  ].join('\r\n')}\r\n`);
  writeFileSync(join(dir, 'besoeg.csv'), `\uFEFF${VISITS}\r\n`);
  copyFileSync(SAMPLE_SETTINGS, join(dir, 'indstillinger.json'));
  const out = join(dir, 'ud');
  const result = await runOffline({ input, date: '2025-04-15', today: dayFromYmd(2025, 4, 15), out, profile: 'glostrup-2025' });
  const letters = join(out, 'breve');
  const files = readdirSync(letters).filter((f) => f.endsWith('.docx'));
  return { dir, out, result, files, letters };
}

test('a due follow-up leads the plan: its visit is booked, and one OPFOLGNING letter announces it, without any health data', async () => {
  const { dir, result, files, letters } = await run();
  const inge = result.plan.planned.find((r) => r.row === 2)!;
  expect(inge.plan.offers[0].code).toBe(FOLLOW_UP_CODE);
  // The offline «Planlæg besøg» books the follow-up's fixed-time visit from its day, as on Google.
  expect(result.visits?.bookings.map((b) => b.row)).toEqual([2]);
  expect(result.visits!.bookings[0].day).toBeGreaterThanOrEqual(dayFromYmd(2025, 4, 15));
  expect(inge.status).toBe('unannounced');
  const karen = result.plan.planned.find((r) => r.row === 3)!;
  expect(karen.plan.offers[0]?.code).not.toBe(FOLLOW_UP_CODE);
  const followUpLetters = files.filter((f) => f.includes(FOLLOW_UP_CODE));
  expect(followUpLetters).toEqual(['raekke-00002-OPFOLGNING.docx']);
  const letter = docxText(readFileSync(join(letters, followUpLetters[0])));
  expect(letter).toContain('Inge Test');
  for (const word of ['rejsning', 'normalområdet', 'Træning', 'Henvis']) expect([word, letter.includes(word)]).toEqual([word, false]);
  expect(renderSummary(result, 'none', dir)).toContain('Opfølgninger stadig åbne: 2');
});

test('once the letter has announced the follow-up visit (Besøg meddelt), no second OPFOLGNING letter', async () => {
  const { result, files } = await run({ invited: '05-04-2025', visit: '20-05-2025 10:00' });
  expect(result.plan.planned.find((r) => r.row === 2)!.status).toBe('booked');
  expect(files.filter((f) => f.includes(FOLLOW_UP_CODE))).toEqual([]);
});
