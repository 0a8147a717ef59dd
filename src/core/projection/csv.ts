import type { OfferEstimate } from './estimate';
import type { Projection } from './project';
import { TOTAL } from './text';

/**
 * fremskrivning.csv's rows (pinned header, SPEC §4): one per profile and offer code and an `I ALT` per
 * profile, for anyone who wants to check the figures. Decimals are kept to one place, with a comma.
 */
export const CSV_HEADER = ['profil', 'kode', 'borgere', 'breve', 'besøg', 'timer', 'opkald', 'mødepladser', 'arrangementer', 'tager imod %', 'skønnede borgere om året', 'tilbud'] as const;

const decimal = (n: number) => (Math.round(n * 10) / 10).toString().replace('.', ',');

export function projectionCsvRows(p: Projection): string[][] {
  const rows: string[][] = [[...CSV_HEADER]];
  for (const { estimate: e } of p.profiles) {
    const line = (code: string, o: Pick<OfferEstimate, 'citizens' | 'letters' | 'visits' | 'hours' | 'calls' | 'seats' | 'meetings'>, acceptance: string, rate: string, title: string) =>
      [e.profile.id, code, String(o.citizens), decimal(o.letters), decimal(o.visits), decimal(o.hours), decimal(o.calls), decimal(o.seats), String(o.meetings), acceptance, rate, title];
    for (const o of e.offers) rows.push(line(o.code, o, o.acceptance ? decimal(o.acceptance.value * 100) : '', o.eventRate ? decimal(o.eventRate.value) : '', o.title));
    rows.push(line(TOTAL, e.total, '', '', ''));
  }
  return rows;
}
