import { dayFromYmd } from '../../../src/core/day';
import { makeZone } from '../../../src/sheetfns/zone';
export { ROW, sidebarWorld, type SidebarWorld, wholeSheet } from '../sidebar/fixture';

const zone = makeZone('Europe/Copenhagen');
/** A date cell as the sheet holds it: midnight in Copenhagen. */
export const cph = (y: number, m: number, d: number) => zone.toDate(dayFromYmd(y, m, d));

import type { ActionResult, CitizenView, SelectedCitizen } from '../../../src/core/sidebar/protocol';
import type { SidebarWorld as World } from '../sidebar/fixture';

/** The sidebar's endpoints as google.script.run calls them, on the world `get` returns now. */
export function sidebarCalls(get: () => World) {
  const call = <T>(name: string, ...args: unknown[]) => get().bundle.googleScriptRun(name, ...args) as T;
  const citizen = (row: number) => (call<SelectedCitizen>('fhbSelectedCitizen', { row }) as { citizen: CitizenView }).citizen;
  const record = (view: CitizenView, req: Record<string, unknown>) =>
    call<ActionResult>('fhbRecordAction', { row: view.row, key: view.key, date: view.today, ...req });
  return { call, citizen, record };
}
