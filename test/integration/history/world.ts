import { dayFromYmd } from '../../../src/core/day';
import { makeZone } from '../../../src/sheetfns/zone';
export { ROW, sidebarWorld, type SidebarWorld, wholeSheet } from '../sidebar/fixture';

const zone = makeZone('Europe/Copenhagen');
/** A date cell as the sheet holds it: midnight in Copenhagen. */
export const cph = (y: number, m: number, d: number) => zone.toDate(dayFromYmd(y, m, d));
