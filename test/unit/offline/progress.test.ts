import { progressAllowed, progressBar } from '../../../src/offline/progress';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, columns: 80, write: (s: string) => written.push(s) > 0, written };
}

describe('progress bar', () => {
  it.each([
    [false, {}, false],
    [true, { CI: 'true' }, false],
    [true, { TERM: 'dumb' }, false],
    [true, {}, true],
  ])('draws when a terminal (isTTY %s, env %j): %s', (isTTY, env, expected) => {
    expect(progressAllowed(stream(isTTY), env)).toBe(expected);
    const s = stream(isTTY);
    const bar = progressBar('Planlægger', 10, s, env, () => 1000);
    bar.update(10);
    bar.done();
    expect(s.written.length > 0).toBe(expected);
  });

  it('shows counts, redraws at most every 100 ms, and clears its line when done', () => {
    const s = stream(true);
    let now = 0;
    const bar = progressBar('Planlægger', 1000, s, {}, () => now);
    now = 200;
    bar.update(100);
    now = 250;
    bar.update(200); // too soon: skipped
    now = 400;
    bar.update(1000);
    bar.done();
    expect(s.written.slice(0, 2).map((w) => /\d+\/\d+$/.exec(w)![0])).toEqual(['100/1000', '1000/1000']);
    expect(s.written[s.written.length - 1]).toBe('\r\x1b[2K');
  });
});
