/**
 * `npm run bench`: speed and memory of each part, printed as a table. Figures go into the issue notes;
 * no test asserts a time. Each area's bench lives beside this file as `<area>.bench.ts`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchEngine } from './engine.bench';
import { benchSheetFunctions } from './sheetfns.bench';

type Bench = { name: string; run: () => unknown | Promise<unknown> };

const benches: Bench[] = [
  { name: 'rules engine, 100,000 citizens', run: () => benchEngine() },
  { name: 'FHB_PLAN over 100,000 rows in the built bundle', run: () => benchSheetFunctions() },
];

/** Optional benches by other areas, picked up when their file exists. */
function optional(file: string, exportName: string, name: string): void {
  const path = join(__dirname, '..', 'bench', file);
  if (!existsSync(path)) return;
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  benches.push({ name, run: () => require(`./${file.replace(/\.ts$/, '')}`)[exportName]() });
}
void optional;

async function main() {
  const only = process.argv[2];
  for (const bench of benches) {
    if (only && !bench.name.includes(only)) continue;
    const result = await bench.run();
    console.log(`\n${bench.name}`);
    console.table(result);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
