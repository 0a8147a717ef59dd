/** What the fakes share: the kernel plus the runtime-wide registries. */
import type { Kernel } from './kernel';
import type { IdGen } from './types';
import type { CellValue } from './values';

export type CustomFn = (args: (CellValue | CellValue[][] | undefined)[], tz: string) => CellValue | CellValue[][];

export interface Env {
  k: Kernel;
  ids: IdGen;
  /** The loaded bundle's custom function adapter (null when no bundle is loaded or it lacks `name`). */
  customFunction(name: string): CustomFn | null;
}
