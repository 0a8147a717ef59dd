/**
 * `npm run bench`: speed and memory of each part, printed as tables. Figures go into the issue notes;
 * no test asserts a time. Each area's bench lives beside this file as `<area>.bench.ts`.
 * `npm run bench -- merge` runs only the benches whose name contains "merge".
 */
import { benchEngine } from './engine.bench';
import { benchImport } from './import.bench';
import { benchMerge } from './merge.bench';
import { benchOffline } from './offline.bench';
import { benchOfflineRun } from './offline-run.bench';
import { benchSchedule } from './schedule.bench';
import { benchSheet } from './sheet.bench';
import { benchHistory } from './history.bench';
import { benchSheetFunctions } from './sheetfns.bench';
import { benchMeetings } from './meetings.bench';
import { benchHostileProfile, benchHostileText } from './hostile.bench';
import { benchProjection } from './projection.bench';

const benches: { name: string; run: () => unknown }[] = [
  { name: 'rules engine: 100,000 citizens', run: () => benchEngine() },
  { name: 'sheet functions: the built bundle beside 546a670 (size, cold load, FHB_PLAN over 100,000 rows, ratio), FHB_STOLETEST over 100,000 rows', run: () => benchSheetFunctions() },
  { name: 'sheet: set-up, formulas, refresh for 10,000 citizens (service calls, modelled time)', run: () => benchSheet() },
  { name: 'history: the daily trigger with a history of 0, 5,000 and 50,000 rows, 10,000 citizens (service calls)', run: () => benchHistory() },
  { name: 'schedule: 2,000 visits, 6 consultants, one year', run: () => benchSchedule() },
  { name: 'merge: 1,000 letters in each mode (service calls, modelled time, documents)', run: () => benchMerge() },
  { name: 'import: a 10,000-row citizen list into a 10,000-row sheet (service calls, modelled time)', run: () => benchImport() },
  { name: 'offline: 100,000 citizens to plan.xlsx, 1,000 Word letters', run: () => benchOffline() },
  { name: 'offline planner run: 100,000 citizens with every letter, per citizen and --samlet, planning only, and with no settings (child process: wall time, peak RSS, CPU, page faults)', run: () => benchOfflineRun() },
  { name: 'hostile profile: JSON profiles of 50, 400 and 5,000 rules that all overlap (the refusal: time, text, heap)', run: () => benchHostileProfile() },
  { name: 'hostile text: cells of 50,000 spaces in every parser of cell text (ms per parse)', run: () => benchHostileText() },
  { name: 'projection: 100,000 citizens onto 2027, one profile and two side by side (child process: wall time, peak RSS)', run: () => benchProjection() },
  { name: 'meetings: seats, the sidebar view and the participant lists over 100,000 rows, 20 meetings', run: () => benchMeetings() },
];

async function main() {
  const only = process.argv[2];
  for (const bench of benches) {
    if (only && !bench.name.includes(only)) continue;
    global.gc?.();
    const result = await bench.run();
    console.log(`\n${bench.name}`);
    console.table(result);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
