import { dayFromYmd } from '../../../src/core/day';
import { makeable, mergeLetters, planMerge, MergeRowInput, rowsWithGaps, templateKeyFor } from '../../../src/core/letters/merge-plan';
import { placeholdersIn } from '../../../src/core/letters/placeholders';
import { DEFAULT_TEMPLATES, templateText } from '../../../src/core/letters/templates';
import { SETTINGS, TODAY, born, plan, row } from './fixtures';

const templates = new Map(Object.values(DEFAULT_TEMPLATES).map((t) => [t.key, placeholdersIn(templateText(t))]));

function r(rowNumber: number, citizen: Parameters<typeof plan>[0], values: Record<string, unknown> = {}, extra: Partial<MergeRowInput> = {}, profile = 'glostrup-2025'): MergeRowInput {
  return { rowNumber, values: row(values), plan: plan(citizen, profile), status: 'due', ...extra };
}

const input = (rows: MergeRowInput[], scope: 'due' | 'selection' | 'filter' = 'due') => ({ rows, templates, scope, settings: SETTINGS, today: TODAY });

describe('planMerge', () => {
  it('gives each due row the template of its offer and counts them', () => {
    const result = planMerge(input([
      r(2, { birth: born(1950) }), // 75 (Glostrup seed line 50)
      r(3, { birth: born(1955), livesAlone: true }), // 70 alone (line 49)
      r(4, { birth: born(1940) }), // 85 → 82+ (line 52)
      r(5, { birth: born(1951) }, {}, { status: 'invited' }),
    ]));
    expect(result.problems).toEqual([]);
    expect(result.jobs.map((j) => [j.rowNumber, j.templateKey])).toEqual([[2, 'ALDER_75'], [3, 'ALENE_70'], [4, 'ALDER_82']]);
    expect(result.countsByTemplate).toEqual([{ template: 'ALDER_75', count: 1 }, { template: 'ALENE_70', count: 1 }, { template: 'ALDER_82', count: 1 }]);
    expect(result.jobs[0].fields.get('navn')).toBe('Else Testesen');
  });

  it('sends the fixed-time letter for a booked, not yet announced 80-year-old and skips one without a visit (line 196-202)', () => {
    const result = planMerge(input([
      r(2, { birth: born(1945) }, { Besøg: '12-03-2025 10:00', Konsulent: 'Bo' }, { status: 'unannounced' }),
      r(3, { birth: born(1945) }, {}, { status: 'due' }),
      r(4, { birth: born(1945) }, { Besøg: '12-03-2025 10:00', Inviteret: '01-03-2025' }, { status: 'booked' }),
    ]));
    // Row 3 has a gap: no letter (issue 22: the complete letters are made, the row is listed).
    expect(result.jobs.map((j) => j.rowNumber)).toEqual([2]);
    // The consultant's name is welcome but not required ("En forebyggelseskonsulent kommer …").
    expect(result.problems).toEqual([{ rowNumber: 3, field: 'Besøg (dato og tid)' }]);
  });

  it('a merge with gaps makes the complete letters and lists the rows with gaps by row and field (issue 22)', () => {
    const result = planMerge(input([
      r(2, { birth: born(1940) }),
      r(3, { birth: born(1941) }, { Adresse: '' }),
      r(4, { birth: born(1942) }),
      r(5, { birth: born(1943) }, { Postnr: '', Adresse: '' }),
    ]));
    expect(result.jobs.map((j) => j.rowNumber)).toEqual([2, 4]);
    expect(result.countsByTemplate).toEqual([{ template: 'ALDER_82', count: 2 }]);
    expect(result.problems).toEqual([{ rowNumber: 3, field: 'Adresse' }, { rowNumber: 5, field: 'Adresse' }, { rowNumber: 5, field: 'Postnr' }]);
    expect(rowsWithGaps(result.problems)).toBe(2);
  });

  it('lists every missing value by row and field, settings included', () => {
    const result = planMerge({ ...input([r(2, { birth: born(1950) }, { Adresse: '' })]), settings: { ...SETTINGS, signature: '' } });
    expect(result.problems).toEqual([{ rowNumber: 2, field: 'Adresse' }, { rowNumber: 2, field: 'Underskrift (Indstillinger)' }]);
  });

  it('reports a template the team has not got', () => {
    const only75 = new Map([['ALDER_75', templates.get('ALDER_75')!]]);
    const result = planMerge({ ...input([r(2, { birth: born(1940) })]), templates: only75 });
    expect(result.problems).toEqual([{ rowNumber: 2, field: 'Brevskabelon ALDER_82 (Indstillinger)' }]);
  });

  describe('phone-first offers (Glostrup lines 214-227: letter only if not reached by phone)', () => {
    const widow = { birth: born(1950), spouseDied: dayFromYmd(2025, 1, 10) };
    it('makes no letter before a recorded unanswered call', () => {
      expect(planMerge(input([r(2, widow, { Opkald: '' })])).jobs).toEqual([]);
      expect(planMerge(input([r(2, widow, { Opkald: '24-02-2025 talt med datter' })])).jobs).toEqual([]);
    });
    it('makes the not-reached letter after "ikke truffet", also once the call window has closed', () => {
      const due = planMerge(input([r(2, widow, { Opkald: '24-02-2025 Ikke truffet' })]));
      expect(due.jobs.map((j) => j.templateKey)).toEqual(['EFTERLADT']);
      const late = planMerge(input([r(2, widow, { Opkald: 'ikke  truffet' }, { status: 'overdue' })]));
      expect(late.jobs.map((j) => j.templateKey)).toEqual(['EFTERLADT']);
      expect(due.jobs[0].fields.get('aftale')).toMatch(/prøvet at ringe/);
    });
    it('sends Ballerup\'s bereaved letter directly (Ballerup: letter automatically)', () => {
      const result = planMerge(input([r(2, widow, {}, {}, 'ballerup')]));
      expect(result.jobs.map((j) => j.templateKey)).toEqual(['EFTERLADT']);
    });
  });

  it('takes only the chosen rows in the selection and filter scopes, and says why a chosen row is skipped', () => {
    const rows = [
      r(2, { birth: born(1950) }, {}, { inScope: true }),
      r(3, { birth: born(1950) }, {}, { inScope: false }),
      r(4, { birth: born(1950) }, { Inviteret: '01-02-2025' }, { inScope: true, status: 'invited' }),
      r(5, { birth: born(1950) }, {}, { inScope: true, status: 'upcoming' }),
      { rowNumber: 6, values: row(), error: 'fødselsdato: "x" er ikke en dato.', inScope: true },
    ];
    for (const scope of ['selection', 'filter'] as const) {
      const result = planMerge(input(rows, scope));
      expect(result.jobs.map((j) => j.rowNumber)).toEqual([2, 5]);
      expect(result.skipped.map((s) => s.rowNumber)).toEqual([4, 6]);
      expect(result.skipped[0].reason).toMatch(/allerede inviteret/);
    }
    // the due scope skips silently and leaves upcoming rows alone
    expect(planMerge(input(rows, 'due')).jobs.map((j) => j.rowNumber)).toEqual([2, 3]);
  });

  it('takes the template the profile names, else the offer\'s code (SPEC §2 table)', () => {
    expect(templateKeyFor(plan({ birth: born(1945) }, 'ballerup').offers[0])).toBe('ALDER_75');
    expect(templateKeyFor(plan({ birth: born(1945) }, 'glostrup-2025').offers[0])).toBe('ALDER_80');
    const offer = plan({ birth: born(1945) }, 'glostrup-2025').offers[0];
    expect(templateKeyFor({ ...offer, template: 'EGET_BREV' })).toBe('EGET_BREV');
  });

  it("holds the condolence letter until the team's first-contact delay has passed (B40-41 gives no timing)", () => {
    // Ballerup's period opens the day of the death (week 0): TODAY is 4 March 2025, the death 24 February.
    const died = { birth: born(1948), spouseDied: dayFromYmd(2025, 2, 24) };
    const rows = [r(2, died, {}, { inScope: true }, 'ballerup')];
    const now = planMerge({ ...input(rows, 'selection'), settings: { ...SETTINGS, bereavedDelayWeeks: 0 } });
    expect(now.jobs.map((j) => j.templateKey)).toEqual(['EFTERLADT']);
    const later = planMerge({ ...input(rows, 'selection'), settings: { ...SETTINGS, bereavedDelayWeeks: 2 } });
    expect(later.jobs).toEqual([]);
    expect(later.skipped).toEqual([{ rowNumber: 2, reason: 'Brevet til den efterladte laves tidligst 10-03-2025 (Første kontakt efter dødsfald (uger) i Indstillinger).' }]);
    const after = planMerge({ ...input(rows, 'selection'), today: dayFromYmd(2025, 3, 10), settings: { ...SETTINGS, bereavedDelayWeeks: 2 } });
    expect(after.jobs.map((j) => j.templateKey)).toEqual(['EFTERLADT']);
  });
});

describe('mergeLetters (one letter at a time, for 100,000 rows offline)', () => {
  /** A row whose cells count how often they are read (the offline planner builds them when read). */
  function counted(base: MergeRowInput, reads: Map<number, number>): MergeRowInput {
    return {
      ...base,
      get values() {
        reads.set(base.rowNumber, (reads.get(base.rowNumber) ?? 0) + 1);
        return base.values;
      },
    };
  }
  // The law's own profile (sel-79a): letters to visit at home, none by meeting or phone first (those rows are read when chosen).
  const rows = () => [
    r(2, { birth: born(1950) }, {}, {}, 'sel-79a'), // 75
    r(3, { birth: born(1951) }, {}, { status: 'invited' }, 'sel-79a'), // no letter
    r(4, { birth: born(1955), livesAlone: true }, { Adresse: '' }, {}, 'sel-79a'), // 70 alone, no address
    r(5, { birth: born(1940) }, {}, {}, 'sel-79a'), // 85 → 82+
  ];
  const noMeetings = { ...SETTINGS, profile: 'sel-79a', meetings: [] };

  it('reads a row only when its letter is taken, and the rows without a letter never', () => {
    const reads = new Map<number, number>();
    const lazy = mergeLetters({ ...input(rows().map((row) => counted(row, reads))), settings: noMeetings });
    expect(lazy.chosen).toBe(3);
    expect([...reads.keys()]).toEqual([]);
    const letters = lazy.letters();
    expect(letters.next().value?.job?.rowNumber).toBe(2);
    expect([...reads.keys()]).toEqual([2]);
    expect(letters.next().value?.rowNumber).toBe(4);
    expect([...reads.keys()]).toEqual([2, 4]);
    expect(letters.next().value?.job?.templateKey).toBe('ALDER_82');
    expect([...reads.keys()]).toEqual([2, 4, 5]);
    expect(letters.next().done).toBe(true);
  });

  it('hands out the same jobs and problems as the list, each letter with its own row\'s problems', () => {
    const settings = { ...noMeetings, signature: '' };
    const eager = planMerge({ ...input(rows()), settings });
    const letters = [...mergeLetters({ ...input(rows()), settings }).letters()];
    expect(letters.filter(makeable).map((l) => l.job)).toEqual(eager.jobs);
    expect(letters.flatMap((l) => l.problems)).toEqual(eager.problems);
    expect(letters.map((l) => [l.rowNumber, l.problems.map((p) => p.field)])).toEqual([
      [2, ['Underskrift (Indstillinger)']],
      [4, ['Adresse', 'Underskrift (Indstillinger)']],
      [5, ['Underskrift (Indstillinger)']],
    ]);
    expect(letters[0].job?.fields.get('navn')).toBe('Else Testesen');
  });

  it('gives a row whose template is missing a problem and no job', () => {
    const only75 = new Map([['ALDER_75', templates.get('ALDER_75')!]]);
    const letters = [...mergeLetters({ ...input([r(2, { birth: born(1950) }, {}, {}, 'sel-79a'), r(3, { birth: born(1940) }, {}, {}, 'sel-79a')]), templates: only75, settings: noMeetings }).letters()];
    expect(letters.map((l) => [l.rowNumber, l.job?.templateKey, l.problems])).toEqual([
      [2, 'ALDER_75', []],
      [3, undefined, [{ rowNumber: 3, field: 'Brevskabelon ALDER_82 (Indstillinger)' }]],
    ]);
  });
});

describe('mergeLetters: what stops every letter is known before the first (issue 22, item 10)', () => {
  function counted(base: MergeRowInput, reads: number[]): MergeRowInput {
    return { ...base, get values() { reads.push(base.rowNumber); return base.values; } };
  }
  const noSender = { ...SETTINGS, profile: 'sel-79a', meetings: [], municipality: '', signature: '' };
  const rows = () => [
    r(2, { birth: born(1950) }, {}, {}, 'sel-79a'), // 75 (home visit under sel-79a)
    r(3, { birth: born(1955), livesAlone: true }, { Adresse: '' }, {}, 'sel-79a'), // 70 alone, no address
    r(4, { birth: born(1940) }, {}, {}, 'sel-79a'), // 85 → 82+
  ];

  it('no sender in the settings: every chosen row stopped, counted per field, before a letter is taken', () => {
    const lazy = mergeLetters({ ...input(rows()), settings: noSender });
    expect([lazy.chosen, lazy.stopped]).toEqual([3, 3]);
    expect(lazy.stops).toEqual([{ field: 'Kommune (Indstillinger)', rows: 3 }, { field: 'Underskrift (Indstillinger)', rows: 3 }]);
  });

  it('skipStopped: a stopped row is refused without its cells being read (one row read for the headers), with the stop alone', () => {
    const reads: number[] = [];
    const lazy = mergeLetters({ ...input(rows().map((row) => counted(row, reads))), settings: noSender });
    const letters = [...lazy.letters({ skipStopped: true })];
    expect(reads).toEqual([2]);
    expect(letters.map((l) => [l.rowNumber, l.job, l.problems.map((p) => p.field)])).toEqual([
      [2, undefined, ['Kommune (Indstillinger)', 'Underskrift (Indstillinger)']],
      [3, undefined, ['Kommune (Indstillinger)', 'Underskrift (Indstillinger)']],
      [4, undefined, ['Kommune (Indstillinger)', 'Underskrift (Indstillinger)']],
    ]);
  });

  it('without skipStopped (the Google preview) each row still lists its own gaps beside the settings\'', () => {
    const letters = [...mergeLetters({ ...input(rows()), settings: noSender }).letters()];
    expect(letters[1].problems.map((p) => p.field)).toEqual(['Kommune (Indstillinger)', 'Adresse', 'Underskrift (Indstillinger)']);
  });

  it('a column of the rows that fills a sender field is no stop', () => {
    const lazy = mergeLetters({ ...input(rows().map((row) => ({ ...row, values: { ...row.values, Kommune: 'Egelund Kommune' } }))), settings: noSender });
    expect(lazy.stops).toEqual([{ field: 'Underskrift (Indstillinger)', rows: 3 }]);
  });

  it('a meeting offer with no meeting, and a template missing, stop only their own rows', () => {
    const only75 = new Map([['ALDER_75', templates.get('ALDER_75')!], ['ALENE_70', templates.get('ALENE_70')!]]);
    const glostrup = [r(2, { birth: born(1950) }), r(3, { birth: born(1940) }), r(4, { birth: born(1951) }, {}, { status: 'invited' })];
    const lazy = mergeLetters({ ...input(glostrup), templates: only75, settings: { ...SETTINGS, meetings: [] } });
    expect([lazy.chosen, lazy.stopped]).toEqual([2, 2]);
    expect(lazy.stops.map((s) => s.field)).toEqual([
      'Arrangement: intet kommende arrangement er oprettet for ALDER_75 (Indstillinger, Arrangementer)',
      'Brevskabelon ALDER_82 (Indstillinger)',
    ]);
  });

  it('with the settings filled nothing is stopped', () => {
    const lazy = mergeLetters({ ...input(rows()), settings: { ...SETTINGS, profile: 'sel-79a', meetings: [] } });
    expect([lazy.chosen, lazy.stopped, lazy.stops]).toEqual([3, 0, []]);
  });
});
