import { danishNumber } from '../text/number';
import { toDanish } from '../day';
import type { Figure } from './assumptions';
import type { OfferEstimate, ProfileEstimate } from './estimate';
import type { Projection } from './project';
import * as text from './text';

/**
 * The projection as the council reads it, one model for the Google sheet, fremskrivning.xlsx and the
 * Word annex: a title, plain sentences, then tables (numbers stay numbers; rounding is done here, once).
 */
export type Cell = string | number;

export interface Block {
  readonly title: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Columns from here on hold numbers (right-aligned). */
  readonly firstNumber: number;
  /** The last row is a total (bold). */
  readonly total?: boolean;
}

/** The chart's numbers: hours by month per profile, and a month's capacity. */
export interface MonthSeries {
  readonly title: string;
  readonly months: readonly string[];
  readonly series: readonly { readonly name: string; readonly hours: readonly number[] }[];
  readonly capacity?: number;
  readonly capacityLabel: string;
}

export interface ProjectionReport {
  readonly title: string;
  readonly subtitle: string;
  readonly summary: readonly string[];
  readonly comparison: Block;
  readonly months: Block;
  readonly chart: MonthSeries;
  readonly capacity?: Block;
  readonly details: readonly Block[];
  readonly changes?: Block;
  readonly assumptions: Block;
  readonly profiles: Block;
  readonly notes: readonly string[];
}

const whole = (n: number) => Math.round(n);
// «±0», never «0 borgere» (which reads as a proposal that gives nobody an offer).
const signed = (n: number) => (Math.abs(n) < 0.5 ? '±0' : `${n > 0 ? '+' : ''}${danishNumber(n)}`);

export function projectionReport(p: Projection): ProjectionReport {
  const [current, proposed] = p.profiles.map((x) => x.estimate);
  return {
    title: text.TITLE(p.year),
    subtitle: text.SUBTITLE(p.year, toDanish(p.asOf), toDanish(p.referenceAsOf)),
    summary: summary(p, current, proposed),
    comparison: comparison(current, proposed),
    months: months(p),
    chart: {
      title: text.CHART_TITLE(p.year),
      months: text.MONTHS,
      series: p.profiles.map(({ estimate: e }) => ({ name: e.profile.name, hours: e.total.months.map(whole) })),
      capacity: current.capacity ? whole(current.capacity.hours / 12) : undefined,
      capacityLabel: text.CAPACITY_PER_MONTH,
    },
    capacity: current.capacity ? capacity(p) : undefined,
    details: p.profiles.map((x) => detail(x.estimate)),
    changes: p.changes ? changes(p) : undefined,
    assumptions: assumptions(p),
    profiles: profiles(p),
    notes: [
      text.WHAT_IT_IS, ...p.notes,
      ...p.profiles.filter((x) => x.estimate.ended || x.estimate.errors).map((x) => `${x.facts.name}: ${text.COUNTS_NOTE(x.estimate.ended, x.estimate.errors)}`),
    ],
  };
}

function summary(p: Projection, current: ProfileEstimate, proposed?: ProfileEstimate): string[] {
  const out = p.profiles.map(({ estimate: e }) =>
    text.SUMMARY(e.profile.name, p.year, danishNumber(e.total.citizens), danishNumber(e.total.visits), danishNumber(e.total.hours), e.capacity && text.PERCENT(e.capacity.utilisation)),
  );
  if (proposed) {
    out.push(text.SUMMARY_DIFF(
      proposed.profile.name, signed(proposed.total.citizens - current.total.citizens),
      signed(proposed.total.visits - current.total.visits), signed(proposed.total.hours - current.total.hours),
    ));
  }
  for (const { estimate: e } of p.profiles) {
    if (e.capacity && e.total.hours > 0) {
      const peak = e.capacity.peakMonth;
      out.push(text.SUMMARY_PEAK(e.profile.name, text.MONTHS[peak], danishNumber(e.total.months[peak]), text.PERCENT(e.capacity.peakUtilisation)));
    }
  }
  const moved = p.changes?.reduce((s, c) => s + c.citizens, 0);
  if (moved !== undefined) out.push(moved ? text.SUMMARY_CHANGES(danishNumber(moved)) : text.NO_CHANGES);
  return out;
}

/** Every offer code either profile has (current first), then the exemption and "no offer", with their titles. */
function codesOf(estimates: readonly ProfileEstimate[]): { code: string; title: string }[] {
  const offers = new Map<string, string>();
  const rest = new Map<string, string>();
  for (const e of estimates) for (const o of e.offers) (o.kind === 'exempt' || o.kind === 'none' ? rest : offers).set(o.code, offers.get(o.code) ?? rest.get(o.code) ?? o.title);
  return [...offers, ...rest].map(([code, title]) => ({ code, title }));
}

function comparison(current: ProfileEstimate, proposed?: ProfileEstimate): Block {
  const all = proposed ? [current, proposed] : [current];
  const what = [text.HEAD.citizens, text.HEAD.visits, text.HEAD.hours];
  const head = [text.HEAD.code, text.HEAD.offer, ...all.flatMap((e) => what.map((w) => text.PROFILE_COLUMN(e.profile.name, w)))];
  if (proposed) head.push(...what.map((w) => `${text.HEAD.difference}: ${w.toLowerCase()}`));
  const of = (e: ProfileEstimate, code: string) => e.offers.find((o) => o.code === code);
  const triple = (o: Pick<OfferEstimate, 'citizens' | 'visits' | 'hours'> | undefined) => [o?.citizens ?? 0, whole(o?.visits ?? 0), whole(o?.hours ?? 0)];
  const rows: Cell[][] = codesOf(all).map(({ code, title }) => {
    const cells = all.map((e) => triple(of(e, code)));
    return [code, title, ...cells.flat(), ...(proposed ? cells[1].map((v, i) => v - cells[0][i]) : [])];
  });
  const totals = all.map((e) => triple(e.total));
  rows.push([text.TOTAL, '', ...totals.flat(), ...(proposed ? totals[1].map((v, i) => v - totals[0][i]) : [])]);
  return { title: text.BLOCK.comparison, head, rows, firstNumber: 2, total: true };
}

function detail(e: ProfileEstimate): Block {
  const h = text.HEAD;
  const head = [h.code, h.offer, h.citizens, h.letters, h.calls, h.seats, h.meetings, h.acceptance, h.visits, h.hours];
  const rows: Cell[][] = e.offers.map((o) => [
    o.code, o.title, o.citizens + whole(o.eventRate?.value ?? 0), whole(o.letters), whole(o.calls), whole(o.seats), o.meetings,
    o.acceptance ? text.PERCENT(o.acceptance.value) : '', whole(o.visits), whole(o.hours),
  ]);
  const t = e.total;
  rows.push([text.TOTAL, '', t.citizens, whole(t.letters), whole(t.calls), whole(t.seats), t.meetings, '', whole(t.visits), whole(t.hours)]);
  return { title: text.BLOCK.detail(e.profile.name), head, rows, firstNumber: 2, total: true };
}

function months(p: Projection): Block {
  const estimates = p.profiles.map((x) => x.estimate);
  const monthly = estimates[0].capacity ? estimates[0].capacity.hours / 12 : undefined;
  const head = [text.HEAD.month, ...estimates.map((e) => text.PROFILE_COLUMN(e.profile.name, text.HEAD.hours)), ...(monthly !== undefined ? [text.CAPACITY_PER_MONTH] : [])];
  const rows: Cell[][] = text.MONTHS.map((m, i) => [m, ...estimates.map((e) => whole(e.total.months[i])), ...(monthly !== undefined ? [whole(monthly)] : [])]);
  return { title: text.BLOCK.months, head, rows, firstNumber: 1 };
}

function capacity(p: Projection): Block {
  const estimates = p.profiles.map((x) => x.estimate);
  const r = text.CAPACITY_ROWS;
  const per = (f: (e: ProfileEstimate) => Cell) => estimates.map(f);
  return {
    title: text.BLOCK.capacity,
    head: ['', ...estimates.map((e) => e.profile.name)],
    rows: [
      [r.capacity, ...per((e) => whole(e.capacity!.hours))],
      [r.hours, ...per((e) => whole(e.total.hours))],
      [r.utilisation, ...per((e) => text.PERCENT(e.capacity!.utilisation))],
      [r.peak, ...per((e) => text.MONTHS[e.capacity!.peakMonth])],
      [r.peakUse, ...per((e) => text.PERCENT(e.capacity!.peakUtilisation))],
    ],
    firstNumber: 1,
  };
}

function changes(p: Projection): Block {
  const titles = new Map(codesOf(p.profiles.map((x) => x.estimate)).map((o) => [o.code, o.title]));
  // A council member reads the offer, the team its code: "82-årige og ældre (ALDER_82)"; two offers joined by «og».
  const named = (code: string) => code.split('+').map((c) => `${titles.get(c) ?? c} (${c})`).join(' og ');
  const rows: Cell[][] = (p.changes ?? []).map((c) => [named(c.from), named(c.to), c.citizens]);
  return { title: text.BLOCK.changes, head: [text.HEAD.from, text.HEAD.to, text.HEAD.citizens], rows: rows.length ? rows : [[text.NO_CHANGES, '', 0]], firstNumber: 2 };
}

function assumptions(p: Projection): Block {
  const a = p.assumptions;
  const A = text.ASSUMPTION;
  const figure = (label: string, f: Figure, show = (v: number) => danishNumber(v)): Cell[] => [label, show(f.value), f.source];
  const rows: Cell[][] = [
    figure(A.visit, a.visitMinutes),
    figure(A.overhead, a.overheadMinutes),
    [A.consultants, a.consultants, text.CONSULTANTS_SOURCE],
    figure(A.weeklyHours, a.weeklyHours),
    figure(A.workingWeeks, a.workingWeeks),
    figure(A.meetingCapacity, a.meetingCapacity),
  ];
  // Only the offers that reach someone: an offer nobody gets needs no acceptance to be read.
  const seen = new Set<string>();
  for (const { estimate: e } of p.profiles) {
    for (const o of e.offers) {
      if (seen.has(o.code) || !o.acceptance || (o.citizens === 0 && !o.eventRate)) continue;
      seen.add(o.code);
      rows.push(figure(A.acceptance(`${o.title} (${o.code})`), o.acceptance, text.PERCENT));
      if (o.eventRate) rows.push(figure(A.eventRate(`${o.title} (${o.code})`), o.eventRate));
      if (o.monthSource && o.hours > 0 && o.kind === 'age' && o.monthSource !== text.NO_HISTORY_EVEN) rows.push([A.months(`${o.title} (${o.code})`), '', o.monthSource]);
    }
  }
  rows.push([text.MONTHS_RULE, '', ''], [text.HOURS_RULE, '', ''], [text.LETTERS_RULE, '', ''], [text.EVENTS_RULE, '', ''], [text.SETTINGS_HINT, '', '']);
  return { title: text.BLOCK.assumptions, head: [text.HEAD.assumption, text.HEAD.value, text.HEAD.source], rows, firstNumber: 3 };
}

function profiles(p: Projection): Block {
  const h = text.HEAD;
  const rows: Cell[][] = p.profiles.map(({ facts: f }) => [f.name, f.legalBasis, f.period, f.decision, f.warnings.join(' ')]);
  return { title: text.BLOCK.profiles, head: [h.profile, h.legalBasis, h.period, h.decision, h.warnings], rows, firstNumber: 5 };
}
