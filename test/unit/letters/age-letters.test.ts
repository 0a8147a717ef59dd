import { fillText } from '../../../src/core/letters/placeholders';
import { planMerge } from '../../../src/core/letters/merge-plan';
import { placeholdersIn } from '../../../src/core/letters/placeholders';
import { DEFAULT_TEMPLATES, templateText } from '../../../src/core/letters/templates';
import { SETTINGS, TODAY, born, plan, row } from './fixtures';

/**
 * The age letters say the age the citizen reaches, whatever template the profile sends: Ballerup invites
 * to the same event on the Rådhus in the year one turns 75 and in the year one turns 80 (seed 003,
 * lines 24-31 and 91-93), so both take ALDER_75, by the profile's data; Glostrup's 80-year letter is its
 * own fixed-time visit.
 */

const templates = new Map(Object.values(DEFAULT_TEMPLATES).map((t) => [t.key, placeholdersIn(templateText(t))]));

const cases = [
  { seed: 'B24-27, B91-93: i det år du fylder 75 år, arrangement på Rådhuset', profile: 'ballerup', birth: 1950, template: 'ALDER_75', age: 75 },
  { seed: 'B29-31, B91-93: i det år du fylder 80 år, arrangement på Rådhuset', profile: 'ballerup', birth: 1945, template: 'ALDER_75', age: 80 },
  { seed: 'G50: i det år du fylder 75 år', profile: 'glostrup-2025', birth: 1950, template: 'ALDER_75', age: 75 },
  { seed: 'G51, G196-200: i det år du fylder 80 år, fast dato og tid', profile: 'glostrup-2025', birth: 1945, template: 'ALDER_80', age: 80 },
];

describe.each(cases)('$seed', ({ profile, birth, template, age }) => {
  const values = row({ Besøg: '12-03-2025 10:00', Konsulent: 'Bo Berg' });
  const result = planMerge({
    rows: [{ rowNumber: 2, values, plan: plan({ birth: born(birth) }, profile), status: template === 'ALDER_80' ? 'unannounced' : 'due' }],
    templates, scope: 'due', settings: SETTINGS, today: TODAY,
  });
  const job = result.jobs[0];
  const letter = () => fillText(templateText(DEFAULT_TEMPLATES[job.templateKey as keyof typeof DEFAULT_TEMPLATES]), (k) => job.fields.get(k));

  test(`takes ${template}`, () => {
    expect(result.problems).toEqual([]);
    expect(job.templateKey).toBe(template);
  });

  test(`says the citizen turns ${age}, and no other age`, () => {
    const { text, missing } = letter();
    expect(missing).toEqual([]);
    expect(text).toContain(`Du fylder ${age} år i år.`);
    expect([...text.matchAll(/[Dd]u fylder (\d+) år/g)].map((m) => Number(m[1]))).toEqual([age]);
  });
});

test('Ballerup\'s 80-year letter invites to the event, not to a fixed-time visit (B29-31)', () => {
  const result = planMerge({ rows: [{ rowNumber: 2, values: row(), plan: plan({ birth: born(1945) }, 'ballerup'), status: 'due' }], templates, scope: 'due', settings: { ...SETTINGS, profile: 'ballerup' }, today: TODAY });
  const job = result.jobs[0];
  expect(job.fields.get('tilbud')).toBe('Fællesarrangement på Ballerup Rådhus');
  expect(job.fields.get('overskrift')).toBe('Invitation til fællesarrangement om forebyggelse');
  expect(job.fields.get('indledning')).toMatch(/\n\nDet foregår tirsdag den 8\. april 2025 kl\. 10\.00-12\.00 på Rådhuset, Rådhusvej 1\.$/);
  expect(job.meeting).toBe('Rådhuset april');
});
