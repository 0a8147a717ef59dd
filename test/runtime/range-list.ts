/** RangeList: several ranges of one sheet, formatted in one service call. Google's RangeList has no setDataValidation. */
import type { Env } from './env';
import type { FakeRange } from './range';
import type { GasShape } from './types';

export class FakeRangeList implements GasShape<GoogleAppsScript.Spreadsheet.RangeList> {
  constructor(
    private readonly env: Env,
    private readonly ranges: readonly FakeRange[],
  ) {}

  getRanges() {
    this.env.k.local('RangeList.getRanges');
    return [...this.ranges];
  }
  setNumberFormat(format: string) {
    this.env.k.call('RangeList.setNumberFormat', { write: true, args: [format] });
    for (const r of this.ranges) r.fillNumberFormat(format);
    return this;
  }
}
