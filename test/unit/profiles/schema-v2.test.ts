/**
 * Issue 14, schema version 2: one table per new feature. The example profile
 * examples/profiles/nordby-2026.json (invented) uses every one of them; Glostrup's and Ballerup's
 * built-in profiles stay right (test/unit/rules/seed-rules.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Day, dayFromYmd, toIso } from '../../../src/core/day';
import { ProfileError, getProfile, parseProfile, parseProfileJson } from '../../../src/core/profiles/registry';
import { migrationNotes } from '../../../src/core/profiles/migrate';
import { evaluate } from '../../../src/core/rules/engine';
import type { Citizen } from '../../../src/core/rules/types';

const d = (iso: string): Day => {
  const [y, m, dd] = iso.split('-').map(Number);
  return dayFromYmd(y, m, dd);
};
const person = (born: string, extra: Partial<Citizen> = {}): Citizen => ({ birth: d(born), livesAlone: false, atRisk: false, exempt: false, ...extra });
const read = (name: string) => readFileSync(join(__dirname, '../../../examples/profiles', name), 'utf8');
const nordbyJson = read('nordby-2026.json');
const nordby = parseProfileJson(nordbyJson);
const window = (plan: ReturnType<typeof evaluate>) => [toIso(plan.offers[0].from), toIso(plan.offers[0].to)];
const problemsOf = (input: unknown): string[] => {
  try {
    parseProfile(input);
  } catch (e) {
    if (e instanceof ProfileError) return e.problems;
    throw e;
  }
  return [];
};
const mutated = (mutate: (p: any) => void) => {
  const copy = JSON.parse(nordbyJson);
  mutate(copy);
  return copy;
};

describe('strict keys: an unknown key is refused, with the nearest valid key', () => {
  test.each([
    ['livesAlon on a rule', (p: any) => { p.rules[1].livesAlon = true; delete p.rules[1].livesAlone; }, 'regel 2 (ALENE_70): `livesAlon`: ukendt nøgle – mente du `livesAlone`?'],
    ['"til" in an age band', (p: any) => { p.rules[2].ages[0] = { from: 75, til: 75 }; }, 'regel 3 (ALDER_75), aldersbånd 1: `til`: ukendt nøgle – mente du `to`?'],
    ['maxAge on an event rule', (p: any) => { p.rules[5].maxAge = 81; }, 'regel 6 (REHABILITERING): `maxAge`: ukendt nøgle – mente du `ages`?'],
    ['a typo in an offer', (p: any) => { p.rules[0].offer.chanel = 'Brev'; }, 'regel 1 (ALDER_70): `offer.chanel`: ukendt nøgle – mente du `offer.channel`?'],
    ['a typo at the top', (p: any) => { p.valdTo = '2026-12-31'; }, '`valdTo`: ukendt nøgle – mente du `validTo`?'],
    ['a typo in a contact', (p: any) => { p.rules[4].contacts[1].labl = 'x'; }, 'regel 5 (EFTERLADT), kontakt 2: `labl`: ukendt nøgle – mente du `label`?'],
    ['a key nothing is near', (p: any) => { p.decision.udvalg = 'x'; }, /^`decision.udvalg`: ukendt nøgle \(gyldige nøgler her: `body`, `date`, `caseNumber`, `link`\)$/],
  ])('%s', (_what, mutate, message) => {
    const problems = problemsOf(mutated(mutate));
    if (typeof message === 'string') expect(problems).toContain(message);
    else expect(problems).toEqual([expect.stringMatching(message)]);
  });
});

describe('overlapping rules are refused unless combinesWith allows them', () => {
  test.each([
    ['an open band "75 and older" meets 80+', (p: any) => { p.rules[2].ages = [{ from: 75 }]; },
      'regel 3 (ALDER_75) og regel 4 (ALDER_80) giver begge et fast tilbud i det år, borgeren fylder 80 år, 82 år og ældre: samme borger ville få samme slags tilbud to gange. Ret aldersbåndene, eller tillad det udtrykkeligt med "combinesWith": ["ALDER_80"] i regel 3.'],
    ['the alone 70 without combinesWith', (p: any) => { delete p.rules[1].combinesWith; }, /^regel 1 \(ALDER_70\) og regel 2 \(ALENE_70\) giver begge et fast tilbud i det år, borgeren fylder 70 år/],
    ['two rules on the same event', (p: any) => { p.rules.push({ ...p.rules[5], code: 'REHAB_2' }); }, /^regel 6 \(REHABILITERING\) og regel 9 \(REHAB_2\) giver begge et tilbud efter samme hændelse \(rehabEnded\)/],
    ['combinesWith naming no rule', (p: any) => { p.rules[1].combinesWith = ['ALDER_71']; }, /^regel 2 \(ALENE_70\), `combinesWith`: koden ALDER_71 findes ikke/],
    // A misspelt required key is one problem, not also «`from`: mangler».
    ['a required key in Danish', (p: any) => { p.rules[0].ages[0] = { fra: 70, to: 70 }; }, 'regel 1 (ALDER_70), aldersbånd 1: `fra`: ukendt nøgle – mente du `from`?'],
    ['a required key misspelt', (p: any) => { p.rules[0].tilte = p.rules[0].title; delete p.rules[0].title; }, 'regel 1 (ALDER_70): `tilte`: ukendt nøgle – mente du `title`?'],
  ])('%s', (_what, mutate, message) => {
    const problems = problemsOf(mutated(mutate));
    if (typeof message === 'string') expect(problems).toEqual([message]);
    else expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  test('needs-based (atRisk) rules may meet the age rules, as Glostrup\'s 80-year-old at risk gets both (G51, G58-60)', () => {
    expect(problemsOf(JSON.parse(nordbyJson))).toEqual([]);
    expect(evaluate(person('1946-05-05', { livesAlone: true }), d('2026-03-01'), nordby).code).toBe('ALDER_80');
    expect(evaluate(person('1956-05-05', { livesAlone: true }), d('2026-03-01'), nordby).code).toBe('ALDER_70+ALENE_70');
  });
});

describe('messages a consultant may see, in Danish, naming the rule by position and code', () => {
  test.each([
    ['a missing field', (p: any) => { delete p.name; }, '`name`: mangler (feltet skal udfyldes)'],
    ['a missing field in a rule', (p: any) => { delete p.rules[3].title; }, 'regel 4 (ALDER_80), `title`: mangler (feltet skal udfyldes)'],
    ['a wrong kind', (p: any) => { p.rules[0].kind = 'alder'; }, 'regel 1 (ALDER_70), `kind`: «alder» er ikke en gyldig type regel; skal være en af: «age», «event»'],
    ['a missing kind', (p: any) => { delete p.rules[0].kind; }, 'regel 1 (ALDER_70), `kind`: mangler; skal være en af: «age», «event»'],
    ['an id with æøå', (p: any) => { p.id = 'køge-2024'; }, '`id`: må kun indeholde a–z, tal og bindestreg, ingen æøå og ingen store bogstaver (fx glostrup-2025)'],
    ['a wrong booking', (p: any) => { p.rules[0].offer.booking = 'email'; }, 'regel 1 (ALDER_70), `offer.booking`: «email» er ikke tilladt; skal være en af: «fixedTime», «citizenBooks», «meeting», «phone», «asNeeded»'],
    ['a word for a number', (p: any) => { p.rules[0].ages[0].from = 'halvfjerds'; }, 'regel 1 (ALDER_70), aldersbånd 1, `from`: skal være et tal, ikke «halvfjerds»'],
    ['an unknown event', (p: any) => { p.rules[5].event = 'rehab'; }, /^regel 6 \(REHABILITERING\), `event`: «rehab» er ikke en kendt hændelse; skal være en af: «spouseDied», «spouseMoved», «rehabEnded», «hospitalDischarge»/],
    ['both weeks and months', (p: any) => { p.rules[4].contacts[0].fromWeeks = 2; }, 'regel 5 (EFTERLADT), kontakt 1: brug enten "fromWeeks"/"toWeeks" eller "fromMonths"/"toMonths", ikke begge'],
    ['a band upside down', (p: any) => { p.rules[0].ages[0] = { from: 72, to: 70 }; }, 'regel 1 (ALDER_70), aldersbånd 1: "to" skal være mindst lige så stor som "from"'],
    ['a period ending before it starts', (p: any) => { p.validTo = '2025-12-31'; }, '`validTo`: "validTo" skal ligge efter "validFrom"'],
  ])('%s', (_what, mutate, message) => {
    const problems = problemsOf(mutated(mutate));
    if (typeof message === 'string') expect(problems).toContain(message);
    else expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  test.each([
    ['a comma after the last element', '{\n  "id": "x",\n  "name": "y",\n}', 'ikke gyldig JSON: linje 4, kolonne 1: komma før } eller ] (JSON tillader ikke komma efter sidste element)'],
    ['a missing comma', '{\n  "id": "x"\n  "name": "y"\n}', 'ikke gyldig JSON: linje 3, kolonne 3: mangler der et komma før denne linje?'],
    ['single quotes', "{\n  'id': 'x'\n}", 'ikke gyldig JSON: linje 2, kolonne 3: brug lige dobbelte anførselstegn (") om tekst og nøgler'],
    ['Word\'s curly quotes', '{\n  “id”: "x"\n}', 'ikke gyldig JSON: linje 2, kolonne 3: brug lige dobbelte anførselstegn (") om tekst og nøgler'],
    // Newer V8 gives no position for these, only the text around: the place is found from it, not the end.
    ['a no-break space pasted from Word', '{\n  "id": "x",\n  "name":\u00a0"y"\n}', 'ikke gyldig JSON: linje 3, kolonne 10: uventet tegn U+00A0'],
    ['a zero-width space', '{\n  "id": "x",\n\u200b  "name": "y"\n}', 'ikke gyldig JSON: linje 3, kolonne 1: uventet tegn U+200B'],
    ['a value without quotes', '{\n  "id": "x",\n  "booking": fixedTime\n}', 'ikke gyldig JSON: linje 3, kolonne 15: uventet tegn «i»'],
    ['text that ends too soon', '{\n  "id": "x",\n  "rules": [', 'ikke gyldig JSON: linje 3, kolonne 13: teksten slutter for tidligt (mangler der en } eller ]?)'],
  ])('JSON syntax: %s gives line and column', (_what, json, message) => {
    expect(() => parseProfileJson(json)).toThrow(new ProfileError([message]));
  });
});

describe('event rules: age bands with excluded ages, windows in months, several contacts', () => {
  test.each([
    // [born, died, asOf, code, window]
    ['1961-06-01', '2026-01-10', '2026-02-01', 'EFTERLADT', ['2026-02-10', '2026-03-10']], // 65: the first age in the band
    ['1947-06-01', '2026-01-10', '2026-02-01', 'EFTERLADT', ['2026-02-10', '2026-03-10']], // 79
    ['1946-06-01', '2026-01-10', '2026-02-01', 'ALDER_80', ['2026-01-01', '2026-12-31']], // 80 excluded: visited anyway
    ['1945-06-01', '2026-01-10', '2026-02-01', 'EFTERLADT', ['2026-02-10', '2026-03-10']], // 81
    ['1944-06-01', '2026-01-10', '2026-02-01', 'ALDER_80', ['2026-01-01', '2026-12-31']], // 82: above the band
    ['1961-06-01', '2026-01-10', '2026-04-01', 'EFTERLADT', ['2026-07-10', '2026-08-10']], // contact 2 of 2, months 6-7
    ['1961-06-01', '2025-05-10', '2026-02-01', 'INGEN', undefined], // beyond 8 months
  ])('born %s, spouse died %s, on %s: %s', (born, died, asOf, code, win) => {
    const plan = evaluate(person(born, { spouseDied: d(died) }), d(asOf), nordby);
    expect(plan.code).toBe(code);
    if (win) expect(window(plan)).toEqual(win);
  });

  test('the reason counts the months', () => {
    expect(evaluate(person('1961-06-01', { spouseDied: d('2026-01-10') }), d('2026-02-01'), nordby).reason).toBe(
      'Ægtefællen/samleveren døde 10-01-2026; kontakt 1 af 2, 1-2 måneder efter.',
    );
  });
});

describe('events as data: the profile\'s own life events', () => {
  test.each([
    // [born, events, asOf, code, window, reason]
    ['1950-06-01', { rehabEnded: '2026-02-01' }, '2026-02-20', 'REHABILITERING', ['2026-02-15', '2026-03-15'], /^Rehabiliteringsforløbet \(SEL § 83 a\) sluttede 01-02-2026; 2-6 uger efter\.$/],
    ['1962-06-01', { rehabEnded: '2026-02-01' }, '2026-02-20', 'INGEN', undefined, undefined], // 64: under minAge
    ['1950-06-01', { hospitalDischarge: '2026-02-10' }, '2026-02-20', 'UDSKREVET', ['2026-02-10', '2026-02-24'], /^Udskrevet fra hospital 10-02-2026; inden for 2 uger\.$/],
    ['1952-06-01', { hospitalDischarge: '2026-02-10' }, '2026-02-20', 'INGEN', undefined, undefined], // 74: under 75
    ['1950-06-01', { hospitalDischarge: '2026-01-01' }, '2026-02-20', 'INGEN', undefined, undefined], // beyond 4 weeks
  ])('born %s, %j on %s: %s', (born, events, asOf, code, win, reason) => {
    const days = Object.fromEntries(Object.entries(events).map(([k, v]) => [k, d(v)]));
    const plan = evaluate(person(born, { events: days }), d(asOf), nordby);
    expect(plan.code).toBe(code);
    if (win) expect(window(plan)).toEqual(win);
    if (reason) expect(plan.reason).toMatch(reason);
  });

  test('an event after the reference date is bad input naming its column', () => {
    expect(() => evaluate(person('1950-06-01', { events: { rehabEnded: d('2026-03-01') } }), d('2026-02-20'), nordby)).toThrow(/^rehabilitering afsluttet: 01-03-2026 ligger efter referencedatoen/);
  });
});

describe('form and channel by age band within one offer', () => {
  test.each([
    [80, 'fixedTime', 'Brev med fast dato og tid', 'ALDER_80'],
    [81, undefined, undefined, undefined],
    [82, 'citizenBooks', 'Brev; ring og aftal tid', 'ALDER_80_SELV'],
    [84, 'citizenBooks', 'Brev; ring og aftal tid', 'ALDER_80_SELV'],
    [85, 'fixedTime', 'Brev med fast dato og tid', 'ALDER_80'],
    [89, 'citizenBooks', 'Brev; ring og aftal tid', 'ALDER_80_SELV'],
    [90, 'fixedTime', 'Brev med fast dato og tid', 'ALDER_80'],
    [97, 'fixedTime', 'Brev med fast dato og tid', 'ALDER_80'],
  ])('turns %i in 2026: %s', (age, booking, channel, template) => {
    const plan = evaluate(person(`${2026 - age}-04-04`), d('2026-03-01'), nordby);
    if (booking === undefined) {
      expect(plan.code).toBe('INGEN');
      return;
    }
    expect(plan.code).toBe('ALDER_80'); // one code: no false "outside the rules", one letter key per form
    expect(plan.offers[0]).toMatchObject({ booking, channel, template, form: 'Hjemmebesøg' });
  });
});

describe('birthday-to-birthday windows, chosen per rule', () => {
  test.each([
    ['1951-05-10', '2026-03-01', ['2026-05-10', '2027-05-09']],
    ['1951-01-01', '2026-03-01', ['2026-01-01', '2026-12-31']],
    ['1951-12-31', '2026-03-01', ['2026-12-31', '2027-12-30']],
    ['1952-02-29', '2027-01-10', ['2027-02-28', '2028-02-28']], // a leap-day birthday falls on 28 February
  ])('born %s, planned %s', (born, asOf, win) => {
    const plan = evaluate(person(born), d(asOf), nordby);
    expect(plan.code).toBe('ALDER_75');
    expect(window(plan)).toEqual(win);
  });

  test('the other rules keep the calendar year', () => {
    expect(window(evaluate(person('1946-05-10'), d('2026-03-01'), nordby))).toEqual(['2026-01-01', '2026-12-31']);
  });
});

describe('exemptions as data: whole words from the vocabulary, never a substring', () => {
  test.each([
    // [profile, text in Undtaget, label, known]
    ['glostrup-2025', 'Bor på ældrecenter eller institution', 'Bor på ældrecenter eller institution', true], // picked from the dropdown
    ['glostrup-2025', 'plejebolig', 'Bor på ældrecenter eller institution', true],
    ['glostrup-2025', 'praktisk hjælp og personlig pleje', 'Visiteret til både personlig pleje og praktisk hjælp efter SEL § 83 eller helhedspleje efter ældreloven, længerevarende', true],
    ['glostrup-2025', 'kun praktisk hjælp', 'kun praktisk hjælp', false], // once mislabelled "både personlig pleje og praktisk hjælp"
    ['glostrup-2025', 'ikke plejebolig endnu', 'ikke plejebolig endnu', false],
    ['nordby-2026', 'praktisk hjælp', 'Modtager personlig pleje eller praktisk hjælp (SEL § 83) eller helhedspleje efter ældreloven', true], // either kind
    ['nordby-2026', 'Personlig pleje', 'Modtager personlig pleje eller praktisk hjælp (SEL § 83) eller helhedspleje efter ældreloven', true],
    ['nordby-2026', 'teamets-vurdering', 'Anden grund, vurderet af teamet', true], // the team's own reason
  ])('%s: «%s»', (id, reason, label, known) => {
    const profile = id === 'nordby-2026' ? nordby : getProfile(id);
    const plan = evaluate(person('1940-01-01', { exempt: true, exemptReason: reason }), d('2026-03-01'), profile);
    expect(plan.code).toBe('UNDTAGET');
    expect(plan.exemption).toMatchObject({ reason: label, known });
    if (!known) expect(plan.warnings.join(' ')).toMatch(/ikke en undtagelsesgrund/);
  });
});

describe('profiles written for schema version 1 keep working, with a note on what changed', () => {
  const v1 = parseProfileJson(read('eksempelby.json'));
  test.each([
    // the same results as before version 2 (test/unit/profiles/profiles.test.ts has the rest)
    ['1956-05-05', { livesAlone: true }, 'ALENE_70'],
    ['1948-01-01', {}, 'ALDER_78'],
    ['1940-01-01', { exempt: true, exemptReason: 'på hospice' }, 'UNDTAGET'],
  ])('born %s %j: %s', (born, extra, code) => {
    expect(evaluate(person(born, extra), d('2026-03-01'), v1).code).toBe(code);
  });
  test('version 1 keywords still match inside the text, as before', () => {
    expect(evaluate(person('1940-01-01', { exempt: true, exemptReason: 'på hospice' }), d('2026-03-01'), v1).exemption?.reason).toBe('Er på hospice');
  });
  test('the notes say what changed', () => {
    const notes = migrationNotes(v1);
    expect(notes[0]).toBe('Profilen er skrevet til skemaversion 1 og læses efter version 2; reglerne giver de samme koder og perioder.');
    expect(notes.join(' ')).toMatch(/"keywords".*"synonyms"/);
    expect(migrationNotes(nordby)).toEqual([]);
    expect(migrationNotes(getProfile('glostrup-2025'))).toEqual([]);
  });
});
