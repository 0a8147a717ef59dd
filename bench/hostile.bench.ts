import { performance } from 'node:perf_hooks';
import { parseCallAttempts } from '../src/core/calls/attempts';
import { parseDay } from '../src/core/coerce/values';
import type { Day } from '../src/core/day';
import { parseVisit } from '../src/core/records/visit';
import { resolveProfile } from '../src/core/profiles/registry';
import { parseTimeSpan, parseWeekdays } from '../src/core/sheet/settings-sheet';
import { parseRecord } from '../src/core/status/records';

const toDay = (d: Date) => Math.floor(d.getTime() / 86_400_000) as Day;
const quietly = (fn: () => unknown) => () => {
  try {
    fn();
  } catch {
    // a Danish refusal is the expected answer to most of these
  }
};

/**
 * Cell text a tester would type to hurt (issue 22, item 6): two characters with 50,000 spaces between them,
 * and the same around the separators each parser looks for. Milliseconds per parse; the tests check what
 * each parser makes of the same text.
 */
export function benchHostileText(): Record<string, { chars: number; ms: number }> {
  const spaces = ' '.repeat(50_000);
  const cases: Record<string, [string, (s: string) => () => unknown]> = {
    'record (Besøg, Inviteret …)': [`a${spaces}b`, (s) => () => parseRecord(s, 'besøg', toDay)],
    'record, year mark': [`12-03-2025${spaces}(for${spaces}2026)`, (s) => () => parseRecord(s, 'besøg', toDay)],
    visit: [`12-03-2025${spaces}kl.${spaces}10:00`, (s) => () => parseVisit(s, toDay)],
    date: [`1${spaces}2`, (s) => quietly(() => parseDay(s, 'fødselsdato', toDay))],
    'weekdays (Indstillinger)': [`man${spaces}-${spaces}x`, (s) => quietly(() => parseWeekdays(s))],
    'time span (møder)': [`a${spaces}b`, (s) => quietly(() => parseTimeSpan(s, () => 0))],
    'call attempts (Opkald)': [`03-03-2025${spaces}ikke truffet`, (s) => () => parseCallAttempts(s, toDay)],
  };
  const out: Record<string, { chars: number; ms: number }> = {};
  for (const [name, [input, make]] of Object.entries(cases)) {
    const run = make(input);
    run(); // warm up
    const started = performance.now();
    for (let i = 0; i < 5; i++) run();
    out[name] = { chars: input.length, ms: Math.round(((performance.now() - started) / 5) * 10) / 10 };
  }
  return out;
}

/** A rule every 75-year-old meets, so any two overlap. */
const rule = (i: number) => ({
  kind: 'age', code: `R${i}`, title: 't', legalBasis: 'l', source: { document: 'd', lines: '1' }, ages: [{ from: 75, to: 75 }],
  offer: { label: 'l', form: 'f', channel: 'c', booking: 'asNeeded' },
});

/**
 * Profiles pasted to hurt (issue 22, item 5): many rules that all overlap. Before the limits, the refusal held
 * a sentence for every pair (0.29 MB of text at 50 rules, 19 MB at 400, out of memory at 5,000).
 */
export function benchHostileProfile(): Record<string, { jsonChars: number; ms: number; messageChars: number; heapMB: number }> {
  const out: Record<string, { jsonChars: number; ms: number; messageChars: number; heapMB: number }> = {};
  for (const rules of [50, 400, 5_000]) {
    const json = JSON.stringify({
      id: `fjendtlig-${rules}`, name: 'Fjendtlig', municipality: 'Fjendtlig Kommune', legalBasis: 'l', source: 's',
      rules: Array.from({ length: rules }, (_, i) => rule(i + 1)), exemptions: { legalBasis: 'l', reasons: [] },
    });
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    let message = '';
    try {
      resolveProfile(json);
    } catch (e) {
      message = (e as Error).message;
    }
    const ms = performance.now() - started;
    out[`${rules} rules`] = {
      jsonChars: json.length, ms: Math.round(ms * 10) / 10, messageChars: message.length,
      heapMB: Math.round(((process.memoryUsage().heapUsed - heapBefore) / 1048576) * 10) / 10,
    };
  }
  return out;
}
