import { Day, fromIso, toDanish, yearOf } from '../day';
import { escapeHtml } from '../html';
import { profileWarnings } from '../rules/engine';
import { describeAges } from './ages';
import { legalBasisOn } from './law';
import { migrationNotes } from './migrate';
import { ruleAges } from './overlap';
import type { AgeRule, Contact, EventRule, Profile, VisitTerm } from './schema';
import { visitVocabulary } from './visit-terms';
import * as text from './view-text';

/**
 * The active profile as a Danish table a consultant can check against the paper standard, with no JSON:
 * who (target group, ages, conditions, event), what (offer, form, channel, how it is booked), when (the
 * window), the legal basis as printed on the reference date, the exemptions, the period of validity and
 * the decision. One model, two renderings: text for `npm start -- --vis-regler`, HTML for *Vis regler*.
 */
export interface RulesView {
  title: string;
  facts: [string, string][];
  headers: readonly string[];
  rows: string[][];
  exemptions: [string, string][];
  /** The exemptions' legal basis, as printed on the reference date. */
  exemptionBasis: string;
  /** What other text in `Undtaget` does: exempts as the team's judgement, or (an exhaustive list) nobody. */
  exemptionRule: string;
  events: [string, string][];
  /** The visit's themes and referral kinds: label, then where the standard says it (or that it is fhb's default). */
  themes: [string, string][];
  referrals: [string, string][];
  notes: string[];
  warnings: string[];
}

const date = (iso?: string) => (iso ? toDanish(fromIso(iso)!) : undefined);

export function rulesView(profile: Profile, asOf: Day): RulesView {
  const d = profile.decision;
  const decision = d ? [d.body, date(d.date), d.caseNumber ? text.caseNumber(d.caseNumber) : undefined, d.link].filter(Boolean).join(', ') : text.NOT_GIVEN;
  const facts: [string, string][] = [
    [text.PROFILE, `${profile.name} (${profile.id})`],
    [text.MUNICIPALITY, profile.municipality],
    [text.PERIOD, profile.validFrom || profile.validTo ? text.period(date(profile.validFrom), date(profile.validTo)) : text.NOT_GIVEN],
    [text.DECISION, decision],
    [text.LEGAL_BASIS, legalBasisOn(profile.legalBasis, asOf)],
    [text.AS_OF, `${toDanish(asOf)} (${text.planningYear(yearOf(asOf))})`],
    [text.SOURCE, profile.source],
  ];
  const rows: string[][] = [];
  profile.rules.forEach((rule, i) => {
    const base = [String(i + 1), rule.code, rule.title, describeAges(ruleAges(rule)) || text.NONE];
    const law = legalBasisOn(rule.legalBasis, asOf);
    if (rule.kind === 'age') {
      rows.push([...base, ageWho(rule), rule.offer.label, rule.offer.form, rule.offer.channel, text.BOOKING[rule.offer.booking], ageWindow(rule), law]);
      for (const f of rule.forms ?? []) {
        rows.push(['', '', text.formFor(describeAges(ruleAges({ ...rule, ages: f.ages, excludeAges: rule.excludeAges }))), '', '',
          f.label ?? rule.offer.label, f.form ?? rule.offer.form, f.channel ?? rule.offer.channel, text.BOOKING[f.booking ?? rule.offer.booking], '', '']);
      }
    } else {
      rule.contacts.forEach((c, j) => {
        const first = j === 0;
        rows.push([
          first ? base[0] : '', first ? base[1] : '', first ? base[2] : text.contactOf(j + 1, rule.contacts.length), first ? base[3] : '',
          first ? eventWho(profile, rule) : '', c.label, c.form, c.channel, text.BOOKING[c.booking], contactWindow(c, rule), first ? law : '',
        ]);
      });
    }
  });
  const exemptions: [string, string][] = profile.exemptions.reasons.map((r) => [r.label, [...(r.synonyms ?? []), ...(r.keywords ?? [])].join(', ')]);
  // A phrase that only repeats its column («Udskrevet fra hospital: Udskrevet fra hospital») is said once.
  const events: [string, string][] = profile.events.map((e) => [e.column, e.phrase?.toLowerCase() === e.column.toLowerCase() ? '' : (e.phrase ?? '')]);
  const terms = visitVocabulary(profile);
  return {
    title: text.title(profile.name),
    facts,
    headers: text.HEADERS,
    rows,
    exemptions,
    exemptionBasis: legalBasisOn(profile.exemptions.legalBasis, asOf),
    exemptionRule: profile.exemptions.exhaustive ? text.EXEMPTIONS_EXHAUSTIVE : text.EXEMPTIONS_OPEN,
    events,
    themes: termRows(terms.themes, terms.defaults.themes),
    referrals: termRows(terms.referrals, terms.defaults.referrals),
    notes: profile.notes,
    warnings: [...profileWarnings(profile, asOf), ...migrationNotes(profile)],
  };
}

function termRows(terms: readonly VisitTerm[], isDefault: boolean): [string, string][] {
  return terms.map((t) => [`${t.label} (${t.id})`, isDefault ? text.DEFAULT_TERMS : t.source ? text.termSource(t.source.lines) : text.FHB_TERM]);
}

function ageWho(rule: AgeRule): string {
  const parts: string[] = [];
  if (rule.livesAlone === true) parts.push(text.LIVES_ALONE);
  if (rule.livesAlone === false) parts.push(text.NOT_ALONE);
  if (rule.atRisk === true) parts.push(text.AT_RISK);
  if (rule.combinesWith?.length) parts.push(text.combines(rule.combinesWith));
  return parts.join('; ') || text.EVERYONE;
}

function eventWho(profile: Profile, rule: EventRule): string {
  const own = profile.events.find((e) => e.id === rule.event);
  const what = own ? own.column : text.EVENTS[rule.event] ?? rule.event;
  const parts = [text.after(what)];
  if (rule.combinesWith?.length) parts.push(text.combines(rule.combinesWith));
  return parts.join('; ');
}

function ageWindow(rule: AgeRule): string {
  return rule.window === 'birthday' ? text.WINDOW_BIRTHDAY : text.WINDOW_YEAR;
}

function contactWindow(c: Contact, rule: EventRule): string {
  const horizon = rule.horizonWeeks !== undefined ? text.weeks(rule.horizonWeeks) : text.months(rule.horizonMonths ?? 0);
  const span = c.fromWeeks !== undefined ? text.span(c.fromWeeks, c.toWeeks ?? c.fromWeeks, 'weeks') : text.span(c.fromMonths ?? 0, c.toMonths ?? 0, 'months');
  return text.contactWindow(span, horizon);
}

// ─── Renderings ──────────────────────────────────────────────────────────────────────────────────────

/** Plain text for a terminal: facts, then the rules as one block per rule, then exemptions and notes. */
export function rulesText(view: RulesView): string {
  const out: string[] = [view.title, ''];
  const width = Math.max(...view.facts.map(([k]) => k.length));
  for (const [k, v] of view.facts) out.push(`${k.padEnd(width)}  ${v}`);
  out.push('', text.RULES_HEADING);
  const hw = Math.max(...view.headers.map((h) => h.length));
  for (const row of view.rows) {
    if (row[0]) out.push('');
    view.headers.forEach((h, i) => {
      if (row[i]) out.push(`  ${h.padEnd(hw)}  ${row[i]}`);
    });
  }
  out.push('', text.EXEMPTIONS_HEADING);
  for (const [k, v] of view.exemptions) out.push(`  • ${k}${v ? ` (${text.ALSO_WRITTEN} ${v})` : ''}`);
  out.push(`  ${view.exemptionRule}`);
  out.push(`  ${text.LEGAL_BASIS}: ${view.exemptionBasis}`);
  if (view.events.length) {
    out.push('', text.EVENTS_HEADING);
    for (const [k, v] of view.events) out.push(`  • ${k}${v ? `: ${v}` : ''}`);
  }
  for (const [heading, terms] of [[text.THEMES_HEADING, view.themes], [text.REFERRALS_HEADING, view.referrals]] as const) {
    out.push('', heading);
    for (const [k, v] of terms) out.push(`  • ${k}: ${v}`);
  }
  if (view.notes.length) {
    out.push('', text.NOTES_HEADING);
    for (const n of view.notes) out.push(`  • ${n}`);
  }
  if (view.warnings.length) {
    out.push('', text.WARNINGS_HEADING);
    for (const w of view.warnings) out.push(`  • ${w}`);
  }
  return `${out.join('\n')}\n`;
}

/** A self-contained HTML page (every text escaped, no script) for the *Vis regler* dialog. */
export function rulesHtml(view: RulesView): string {
  const e = escapeHtml;
  const list = (items: string[]) => `<ul>${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`;
  const facts = view.facts.map(([k, v]) => `<tr><th scope="row">${e(k)}</th><td>${e(v)}</td></tr>`).join('');
  const head = view.headers.map((h) => `<th scope="col">${e(h)}</th>`).join('');
  const rows = view.rows.map((r) => `<tr${r[0] ? ' class="rule"' : ''}>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`).join('');
  const parts = [
    `<h1>${e(view.title)}</h1>`,
    `<table class="facts">${facts}</table>`,
    view.warnings.length ? `<div class="warn" role="note"><h2>${e(text.WARNINGS_HEADING)}</h2>${list(view.warnings)}</div>` : '',
    `<h2>${e(text.RULES_HEADING)}</h2><table class="rules"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`,
    `<h2>${e(text.EXEMPTIONS_HEADING)}</h2>${list(view.exemptions.map(([k, v]) => `${k}${v ? ` (${text.ALSO_WRITTEN} ${v})` : ''}`))}`,
    `<p id="exemption-rule">${e(view.exemptionRule)}</p>`,
    `<p>${e(text.LEGAL_BASIS)}: ${e(view.exemptionBasis)}</p>`,
    view.events.length ? `<h2>${e(text.EVENTS_HEADING)}</h2>${list(view.events.map(([k, v]) => (v ? `${k}: ${v}` : k)))}` : '',
    `<h2>${e(text.THEMES_HEADING)}</h2>${list(view.themes.map(([k, v]) => `${k}: ${v}`))}`,
    `<h2>${e(text.REFERRALS_HEADING)}</h2>${list(view.referrals.map(([k, v]) => `${k}: ${v}`))}`,
    view.notes.length ? `<h2>${e(text.NOTES_HEADING)}</h2>${list(view.notes)}` : '',
  ];
  return `<div class="fhb-rules">${text.STYLE}${parts.join('')}</div>`;
}
