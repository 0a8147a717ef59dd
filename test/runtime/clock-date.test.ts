import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRuntime } from './index';

/** The bundle's `new Date()` is the runtime's clock, so tests do not depend on the day they run. */
describe('Date inside the bundle follows the runtime clock', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fhb-clock-'));
  const bundle = path.join(dir, 'Code.js');
  fs.writeFileSync(
    bundle,
    `function nowIso() { return new Date().toISOString(); }
     function nowMs() { return Date.now(); }
     function checks() {
       var d = new Date(2025, 0, 2);
       return [d instanceof Date, Object.prototype.toString.call(d), typeof Date(), new Date(0).getTime(), Date.UTC(2025, 0, 1)];
     }
     function sleepThenNow() { Utilities.sleep(60000); return Date.now(); }`,
  );

  test('new Date() and Date.now() read the modelled clock', () => {
    const rt = createRuntime({ now: new Date('2025-03-01T09:00:00Z') });
    const bc = rt.load(bundle);
    expect(bc.run('nowIso')).toBe('2025-03-01T09:00:00.000Z');
    rt.clock.advance(3_600_000);
    expect(bc.run('nowMs')).toBe(Date.parse('2025-03-01T10:00:00Z'));
  });

  test('the clock moves with the execution (Utilities.sleep)', () => {
    const rt = createRuntime({ now: new Date('2025-03-01T09:00:00Z') });
    const bc = rt.load(bundle);
    expect(bc.run<number>('sleepThenNow')).toBeGreaterThanOrEqual(Date.parse('2025-03-01T09:01:00Z'));
  });

  test('everything else about Date is unchanged', () => {
    const rt = createRuntime();
    const bc = rt.load(bundle);
    expect(bc.run('checks')).toEqual([true, '[object Date]', 'string', 0, Date.UTC(2025, 0, 1)]);
  });
});
