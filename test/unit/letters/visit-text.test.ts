import { dayFromYmd } from '../../../src/core/day';
import { parseVisit } from '../../../src/core/records/visit';
import { splitVisitText } from '../../../src/core/letters/visit-text';

const utc = (d: Date) => dayFromYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());

/** The pattern the splitter replaces (issue 15): the reference for what short texts mean. */
const OLD = /^(.+?)(?:\s+(?:kl\.?\s*)?(\d{1,2})[:.](\d{2}))?$/i;
const viaOld = (text: string) => {
  const m = OLD.exec(text.trim());
  if (!m) return { date: text.trim() };
  return m[2] === undefined ? { date: m[1] } : { date: m[1], hour: Number(m[2]), minute: Number(m[3]) };
};

describe('splitVisitText reads short texts as the old pattern did', () => {
  it.each([
    '12-03-2025 10:00', '12.03.2025 kl. 9.30', '12-03-2025 kl 9.30', '12-03-2025 KL.10:00', '12-03-2025   kl.   10:00',
    '2025-03-12', '12-03-2025', '10:00', ' 12-03-2025 10:00 ', '12-03-2025 110:00', '12-03-2025kl. 10:00',
    '12-03-2025 dekl10:00', 'x 1:05', 'kl. 10:00', 'a kl. 10:00', '12-03-2025\t10.15', 'i morgen', '',
  ])('%p', (text) => expect(splitVisitText(text)).toEqual(viaOld(text)));
});

describe('a very long Besøg cell', () => {
  // One 50,000-character cell cost 3 s with the old pattern; these are 400,000 characters each.
  it.each([
    ['a word repeated', 'a '.repeat(200_000)],
    ['spaces, then a time', `12-03-2025${' '.repeat(400_000)}10:00`],
    ['digits and dots', '1.'.repeat(200_000)],
  ])('%s: read in one pass, as no visit or as its date', (_label, text) => {
    const visit = parseVisit(text, utc);
    if (text.startsWith('12-03-2025')) expect(visit).toEqual({ day: dayFromYmd(2025, 3, 12), minute: 600 });
    else expect(visit).toBeUndefined();
  });
});
