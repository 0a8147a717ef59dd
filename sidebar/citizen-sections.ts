import type { CitizenView, HistoryView, OfferView, PlanView } from '../src/core/sidebar/protocol';
import { Child, h } from './dom';
import { danishDate } from './format';
import * as text from './text';

/** The citizen pane's read-only sections: who, the status, the offers and why, the records, the history. */

export function whoCard(view: CitizenView): HTMLElement {
  const meta = [text.rowLine(view.row), view.cprMasked ? text.cprLine(view.cprMasked) : ''].filter(Boolean).join(' · ');
  const born = view.birth !== undefined && view.age !== undefined ? text.bornLine(danishDate(view.birth), view.age) : '';
  const turns = view.turns !== undefined && view.plan ? text.turnsLine(view.turns, view.plan.year) : '';
  return h('div', { class: 'card who' },
    h('h2', { class: 'name', id: 'citizen-name' }, view.name),
    h('p', { class: 'meta' }, meta),
    born && h('p', { class: 'meta' }, [born, turns].filter(Boolean).join(' · ')),
    view.address && h('p', { class: 'meta' }, view.address),
    view.phone && h('p', { class: 'meta' }, text.phoneLine(view.phone)),
    view.visit && h('p', { class: 'visit-line', id: 'citizen-visit' }, text.visitLine(view.visit.when, view.visit.consultant)),
    view.status && statusChip(view),
  );
}

function statusChip(view: CitizenView): HTMLElement {
  const s = view.status!;
  const chip = h('span', { class: 'chip', id: 'citizen-status' }, s.label);
  chip.style.backgroundColor = s.background;
  chip.style.color = s.text;
  return h('div', { class: 'status-line' },
    h('span', { class: 'visually-hidden' }, `${text.STATUS}: `),
    chip,
    h('p', { class: 'help' }, s.help),
  );
}

export function problemBox(problem: string): HTMLElement {
  return h('div', { class: 'notice error', attrs: { role: 'note' } }, h('strong', {}, text.PROBLEM), h('p', {}, problem));
}

export function planSection(plan: PlanView): HTMLElement {
  const body: Child[] = [];
  if (plan.offers.length) {
    body.push(...plan.offers.map(offerCard));
  } else if (plan.exemption) {
    body.push(h('div', { class: 'offer' },
      h('h4', {}, text.EXEMPT),
      h('p', {}, plan.reason),
      definitions([[text.LEGAL_BASIS, plan.exemption.legalBasis]]),
    ));
  } else {
    body.push(h('div', { class: 'offer' }, h('h4', {}, text.NO_OFFER), h('p', {}, plan.reason)));
  }
  if (plan.warnings.length) {
    body.push(h('div', { class: 'notice warning', attrs: { role: 'note' } },
      h('strong', {}, text.WARNINGS),
      h('ul', {}, ...plan.warnings.map((w) => h('li', {}, w))),
    ));
  }
  return h('section', { class: 'section', id: 'offers', attrs: { 'aria-labelledby': 'offers-heading' } },
    h('h3', { id: 'offers-heading' }, text.offersHeading(plan.year)),
    h('p', { class: 'help' }, text.profileLine(plan.profileName)),
    ...body,
  );
}

function offerCard(offer: OfferView): HTMLElement {
  return h('article', { class: 'offer', attrs: { 'data-code': offer.code } },
    h('h4', {}, offer.label),
    h('p', { class: 'offer-title' }, offer.title),
    definitions([
      [text.FORM, offer.form],
      [text.CHANNEL, offer.channel],
      [text.WINDOW, text.window_(danishDate(offer.from), danishDate(offer.to))],
      [text.WHY, offer.reason],
      [text.LEGAL_BASIS, offer.legalBasis],
    ]),
    offer.note && h('p', { class: 'note' }, offer.note),
    offer.phoneFirst && h('p', { class: 'note' }, text.PHONE_FIRST),
  );
}

export function recordsSection(view: CitizenView): HTMLElement {
  return h('section', { class: 'section', attrs: { 'aria-labelledby': 'records-heading' } },
    h('h3', { id: 'records-heading' }, text.RECORDS),
    definitions(view.records.map((r) => [r.header, r.present ? r.value || text.NOTHING_RECORDED : text.COLUMN_MISSING, `record-${r.key}`])),
  );
}

/** Earlier years from Historik: the last visit, the declines, the newest events (all text, never HTML). */
export function historySection(history: HistoryView): HTMLElement {
  return h('section', { class: 'section', id: 'history', attrs: { 'aria-labelledby': 'history-heading' } },
    h('h3', { id: 'history-heading' }, text.HISTORY),
    definitions(history.summary),
    h('ul', { class: 'history-lines' }, ...history.lines.map((line) => h('li', {}, line))),
    history.more > 0 ? h('p', { class: 'note' }, history.moreText) : null,
  );
}

function definitions(rows: ([string, string] | [string, string, string])[]): HTMLElement {
  const list = h('dl', { class: 'definitions' });
  for (const [term, value, id] of rows) {
    if (!value) continue;
    list.appendChild(h('dt', {}, term));
    list.appendChild(h('dd', { id }, value));
  }
  return list;
}
