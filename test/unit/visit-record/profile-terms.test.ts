/**
 * Themes and referral kinds as profile data (issue 24 item 2): each built-in term that comes from a
 * standard carries that standard's words and the lines it checks. G = seeds/000_cc92dfafa4735e3c.txt
 * (Glostrup 2025), B = seeds/003_945e79b5751d519b.txt (Ballerup); the seed's words are quoted per row.
 */
import { dayFromYmd } from '../../../src/core/day';
import { ProfileError, getProfile, parseProfile } from '../../../src/core/profiles/registry';
import { rulesHtml, rulesText, rulesView } from '../../../src/core/profiles/view';
import { defaultVisitTerms, visitVocabulary } from '../../../src/core/profiles/visit-terms';
import { readVisitRecords } from '../../../src/core/visit-record';
import { dayFromUtcDate } from '../../../src/core/day';

type Kind = 'themes' | 'referrals';
const cases: { seed: string; profile: string; kind: Kind; id: string; label: RegExp; lines: string }[] = [
  { seed: 'G142: "støtte dig i at mestre din egen tilværelse"', profile: 'glostrup-2025', kind: 'themes', id: 'mestring', label: /mestre din egen tilværelse/i, lines: '142, 160-162' },
  { seed: 'G143: "bevare og styrke din trivsel i hverdagen"', profile: 'glostrup-2025', kind: 'themes', id: 'trivsel', label: /trivsel i hverdagen/i, lines: '143' },
  { seed: 'G144-147: "egne ressourcer, herunder ressourcer i netværk og civilsamfund"', profile: 'glostrup-2025', kind: 'themes', id: 'ressourcer', label: /ressourcer.*netværk og civilsamfund/i, lines: '144-147' },
  { seed: 'G149-151: "bevare/styrke dit sociale netværk … nye relationer … forebygge ensomhed"', profile: 'glostrup-2025', kind: 'themes', id: 'netvaerk', label: /netværk.*relationer.*ensomhed/i, lines: '149-151' },
  { seed: 'G153-154: "et aktivt og sundt liv, gerne sammen med andre"', profile: 'glostrup-2025', kind: 'themes', id: 'aktivt-liv', label: /aktivt og sundt liv, gerne sammen med andre/i, lines: '153-154' },
  { seed: 'G156-157: "bevare dit funktionsniveau længst muligt"', profile: 'glostrup-2025', kind: 'themes', id: 'funktionsniveau', label: /funktionsniveau længst muligt/i, lines: '156-157' },
  { seed: 'G159: "forebygge tab af funktionsevne ved tidlig opsporing"', profile: 'glostrup-2025', kind: 'themes', id: 'tidlig-opsporing', label: /tidlig opsporing af tab af funktionsevne/i, lines: '159' },
  { seed: 'G214-219: "individuel sorgstøttesamtale"', profile: 'glostrup-2025', kind: 'themes', id: 'sorg', label: /sorgstøtte/i, lines: '214-219' },
  { seed: 'G63-64, G275-277: "ikke bevilges … hjælpemidler … men du kan blive rådgivet herom"', profile: 'glostrup-2025', kind: 'referrals', id: 'hjaelpemidler', label: /rådgivning om hjælpemidler/i, lines: '63-64, 275-277' },
  { seed: 'G63-64, G275-277: "hjemmehjælp … rådgivet herom"', profile: 'glostrup-2025', kind: 'referrals', id: 'hjemmehjaelp', label: /rådgivning om hjemmehjælp/i, lines: '63-64, 275-277' },
  { seed: 'G243-245: "Åben Seniorvejledning"', profile: 'glostrup-2025', kind: 'referrals', id: 'aaben-seniorvejledning', label: /^Åben Seniorvejledning$/, lines: '243-245' },
  { seed: 'G177-179: "muligheder og tilbud for seniorer i Glostrup Kommune"', profile: 'glostrup-2025', kind: 'referrals', id: 'aktivitetstilbud', label: /tilbud og muligheder for seniorer i Glostrup Kommune/i, lines: '34-35, 177-179' },
  { seed: 'B64: "Hvordan har du det i din hverdag?"', profile: 'ballerup', kind: 'themes', id: 'hverdag', label: /hvordan du har det i din hverdag/i, lines: '64' },
  { seed: 'B65: "forbindelse til dit netværk og kontakten til fx din læge"', profile: 'ballerup', kind: 'themes', id: 'netvaerk', label: /netværk og kontakten til fx din læge/i, lines: '65' },
  { seed: 'B66: "det du gerne vil - ude som hjemme"', profile: 'ballerup', kind: 'themes', id: 'ude-og-hjemme', label: /du gerne vil – ude som hjemme/i, lines: '66' },
  { seed: 'B67-69: "fysiske eller psykiske skavanker"', profile: 'ballerup', kind: 'themes', id: 'skavanker', label: /fysiske eller psykiske skavanker/i, lines: '67-69' },
  { seed: 'B70-72: "tab af venner og familie"', profile: 'ballerup', kind: 'themes', id: 'tab', label: /tab af venner og familie/i, lines: '70-72' },
  { seed: 'B73: "Føler du dig ensom?"', profile: 'ballerup', kind: 'themes', id: 'ensomhed', label: /ensomhed/i, lines: '73' },
  { seed: 'B86-88: "fx træning"', profile: 'ballerup', kind: 'referrals', id: 'traening', label: /^Træning$/, lines: '86-88' },
  { seed: 'B86-88: "hjælpemidler"', profile: 'ballerup', kind: 'referrals', id: 'hjaelpemidler', label: /^Hjælpemidler$/, lines: '86-88' },
  { seed: 'B86-88: "sygeplejerske fra kommunen"', profile: 'ballerup', kind: 'referrals', id: 'sygepleje', label: /sygeplejerske fra kommunen/i, lines: '86-88' },
  { seed: 'B81-83: "aktiviteter og støttemuligheder, der findes i kommunen"', profile: 'ballerup', kind: 'referrals', id: 'aktivitetstilbud', label: /aktiviteter og støttemuligheder/i, lines: '81-83' },
  { seed: 'B65: "kontakten til fx din læge"', profile: 'ballerup', kind: 'referrals', id: 'egen-laege', label: /egen læge/i, lines: '65' },
  { seed: 'B97-98: "specialister indenfor blandt andet rehabilitering, ernæring og demens"', profile: 'ballerup', kind: 'referrals', id: 'rehabilitering', label: /rehabilitering/i, lines: '97-98' },
  { seed: 'B97-98: "… ernæring …"', profile: 'ballerup', kind: 'referrals', id: 'ernaering', label: /ernæring/i, lines: '97-98' },
  { seed: 'B97-98: "… og demens"', profile: 'ballerup', kind: 'referrals', id: 'demens', label: /demens/i, lines: '97-98' },
];

describe('built-in terms in the standard\'s own words, with the lines they come from', () => {
  test.each(cases)('$seed', ({ profile, kind, id, label, lines }) => {
    const term = getProfile(profile)[kind]!.find((t) => t.id === id);
    expect(term?.label).toMatch(label);
    expect(term?.source).toEqual({ document: profile, lines });
  });

  test('the issue\'s referral kinds are in every built-in profile\'s list, from the standard or the default set', () => {
    for (const id of ['glostrup-2025', 'ballerup', 'sel-79a']) {
      const ids = visitVocabulary(getProfile(id)).referrals.map((t) => t.id);
      expect(ids).toEqual(expect.arrayContaining(['traening', 'hjaelpemidler', 'sygepleje', 'egen-laege', 'aktivitetstilbud', 'ernaering', 'paaroerende']));
    }
  });
});

describe('a profile without lists uses the default set', () => {
  test('sel-79a has none of its own: the default themes and referrals, said so in Vis regler', () => {
    const profile = getProfile('sel-79a');
    expect(profile.themes).toBeUndefined();
    const terms = visitVocabulary(profile);
    expect(terms.themes).toBe(defaultVisitTerms().themes);
    expect(terms.defaults).toEqual({ themes: true, referrals: true });
    const view = rulesView(profile, dayFromYmd(2025, 3, 1));
    expect(view.referrals).toContainEqual(['Pårørende og netværk (paaroerende)', expect.stringContaining('standardliste')]);
  });

  test('Vis regler shows a standard\'s terms with their lines, as text and as escaped HTML', () => {
    const view = rulesView(getProfile('glostrup-2025'), dayFromYmd(2025, 3, 1));
    expect(view.themes[0]).toEqual(['Mestre din egen tilværelse (mestring)', 'kvalitetsstandarden, linje 142, 160-162']);
    expect(rulesText(view)).toMatch(/Temaer ved besøget[\s\S]*• Mestre din egen tilværelse \(mestring\): kvalitetsstandarden, linje 142/);
    expect(rulesText(view)).toMatch(/Henvisninger og rådgivning[\s\S]*• Træning \(traening\): tilføjet fra fhb's standardliste/);
    expect(rulesHtml(view)).toContain('<li>Åben Seniorvejledning (aaben-seniorvejledning): kvalitetsstandarden, linje 243-245</li>');
  });

  test('a profile\'s labels read the visit sheet\'s cells into codes', () => {
    const { records, problems } = readVisitRecords(
      { headers: ['Nøgle', 'Dato', 'Temaer', 'Henvisninger'], rows: [['c1', '01-03-2025', 'Ensomhed; tab af venner og familie', 'sygeplejerske fra kommunen']] },
      { toDay: dayFromUtcDate, vocabulary: visitVocabulary(getProfile('ballerup')) },
    );
    expect(problems).toEqual([]);
    expect([records[0].themes, records[0].referrals]).toEqual([['ensomhed', 'tab'], ['sygepleje']]);
  });
});

describe('the schema checks the lists', () => {
  const base = () => JSON.parse(JSON.stringify(getProfile('ballerup')));
  test.each([
    ['a code twice', (p: any) => p.themes.push({ id: 'ensomhed', label: 'Ensomhed igen' }), /tema 7.*koden ensomhed findes to gange/],
    ['a code with capitals', (p: any) => (p.referrals[0].id = 'Træning'), /henvisning 1.*id/],
    ['an empty label', (p: any) => (p.themes[0].label = ' '), /tema 1.*label.*tom/],
    ['an empty list', (p: any) => (p.referrals = []), /referrals/],
    ['an unknown key', (p: any) => (p.themes[0].tekst = 'x'), /tekst/],
  ])('%s is refused in Danish', (_, change, message) => {
    const p = base();
    change(p);
    let error: unknown;
    try {
      parseProfile(p);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProfileError);
    expect((error as Error).message).toMatch(message);
  });
});
