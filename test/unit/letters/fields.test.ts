import { dayFromYmd, dayToUtcDate } from '../../../src/core/day';
import { letterFields } from '../../../src/core/letters/fields';
import { parseVisit } from '../../../src/core/records/visit';
import { makeZone } from '../../../src/sheetfns/zone';
import { SETTINGS, TODAY, born, plan, row } from './fixtures';

const utc = (d: Date) => Math.floor(d.getTime() / 86_400_000) as never;

describe('letterFields', () => {
  const p80 = plan({ birth: born(1945) });

  it('makes every column a field, dates as "d. mmmm åååå", numbers and yes/no as text', () => {
    const f = letterFields({
      row: row({ 'Ægtefælle død': dayToUtcDate(dayFromYmd(2025, 1, 9)), 'Bor alene': true, Noter: '  ring efter kl. 10 ' }),
      plan: p80, settings: SETTINGS, today: TODAY,
    });
    expect(f.get('navn')).toBe('Else Testesen');
    expect(f.get('postnr')).toBe('9999');
    expect(f.get('aegtefaelledoed')).toBe('9. januar 2025');
    expect(f.get('boralene')).toBe('Ja');
    // The team's own notes are for the team: never a letter field.
    expect(f.has('noter')).toBe(false);
  });

  it('never makes the CPR number a field, nor lets a CPR birth date through as digits', () => {
    const f = letterFields({ row: row({ CPR: '150645-1234', Fødselsdato: '1506451234' }), plan: p80, settings: SETTINGS, today: TODAY });
    expect(f.has('cpr')).toBe(false);
    expect(f.get('foedselsdato')).toBe('15. juni 1945');
    expect([...f.values()].some((v) => v.includes('1234'))).toBe(false);
  });

  it('computes the offer, the visit, today and the contact fields', () => {
    const f = letterFields({ row: row({ Besøg: '04-03-2025 10:00', Konsulent: 'Bo' }), plan: p80, settings: SETTINGS, today: TODAY });
    expect(f.get('tilbud')).toBe(p80.offers[0].label);
    expect(f.get('form')).toBe(p80.offers[0].form);
    expect(f.get('kanal')).toBe(p80.offers[0].channel);
    expect(f.get('besoegsdato')).toBe('tirsdag den 4. marts 2025');
    expect(f.get('tidspunkt')).toBe('kl. 10.00');
    expect(f.get('besoeg')).toBe('4. marts 2025 kl. 10.00');
    expect(f.get('konsulent')).toBe('Bo');
    expect(f.get('dato')).toBe('4. marts 2025');
    expect(f.get('telefonkommune')).toBe('11 22 33 44');
    expect(f.get('afsenderadresse')).toBe('Rådhusvej 1, 9999 Testrup');
    expect(f.get('aftale')).toContain('tirsdag den 4. marts 2025 kl. 10.00');
  });

  it('leaves out empty cells and empty settings, so a letter naming them is refused', () => {
    const f = letterFields({ row: row({ By: '  ' }), plan: p80, settings: { ...SETTINGS, phone: '' }, today: TODAY });
    expect(f.has('by')).toBe(false);
    expect(f.has('telefonkommune')).toBe(false);
    // a fixed-time offer without a visit has no arrangement sentence
    expect(f.has('aftale')).toBe(false);
    expect(f.has('besoegsdato')).toBe(false);
  });

  it('keeps an empty note as a value', () => {
    const f = letterFields({ row: row(), plan: plan({ birth: born(1943) }, 'ballerup'), settings: SETTINGS, today: TODAY });
    expect(f.get('note')).toBe('');
  });

  it('takes a booking over the Besøg cell', () => {
    const f = letterFields({ row: row({ Besøg: '04-03-2025 10:00' }), plan: p80, settings: SETTINGS, today: TODAY, booking: { day: dayFromYmd(2025, 3, 5), minute: 570 } });
    expect(f.get('besoegsdato')).toBe('onsdag den 5. marts 2025');
    expect(f.get('tidspunkt')).toBe('kl. 9.30');
  });
});

describe('parseVisit', () => {
  const zone = makeZone('Europe/Copenhagen');
  it.each([
    ['12-03-2025 10:00', { day: dayFromYmd(2025, 3, 12), minute: 600 }],
    ['12.03.2025 kl. 9.30', { day: dayFromYmd(2025, 3, 12), minute: 570 }],
    ['2025-03-12', { day: dayFromYmd(2025, 3, 12) }],
    ['', undefined],
    ['i morgen', undefined],
    ['12-03-2025 25:00', undefined],
  ])('%p', (text, expected) => expect(parseVisit(text, utc)).toEqual(expected));

  it('reads a Date with its time of day in the sheet zone, also in summer time', () => {
    // 10:15 in Copenhagen on 30 June 2025 (UTC+2) is 08:15 UTC.
    expect(parseVisit(new Date(Date.UTC(2025, 5, 30, 8, 15)), zone.toDay)).toEqual({ day: dayFromYmd(2025, 6, 30), minute: 615 });
    // and on the day clocks go back (26 October 2025, UTC+1 from 03:00)
    expect(parseVisit(new Date(Date.UTC(2025, 9, 26, 13, 0)), zone.toDay)).toEqual({ day: dayFromYmd(2025, 9 + 1, 26), minute: 840 });
  });

  it('reads a Date at midnight as a day without time', () => {
    expect(parseVisit(zone.toDate(dayFromYmd(2025, 3, 12)), zone.toDay)).toEqual({ day: dayFromYmd(2025, 3, 12) });
  });

  it('reads a Sheets serial date-time', () => {
    // 45728 = 2025-03-12; .4375 of a day = 10:30
    expect(parseVisit(45728.4375, utc)).toEqual({ day: dayFromYmd(2025, 3, 12), minute: 630 });
  });
});
