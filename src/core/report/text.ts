import { countOf } from '../text/glossary';
import { statusById } from '../status/vocabulary';

/** The Danish words of the year report, shared by the offline report and the Google report sheet. */

// The exempt and the nothing lines carry their statuses' names: one name per state.
export const EXEMPT_LABEL = statusById('exempt').label;
export const NONE_LABEL = statusById('none').label;

export const SOURCE_LABEL = {
  data: 'borgerlisten',
  file: 'sidste års plan',
  computed: 'beregnet fra årets borgerliste',
} as const;

export const TITLE = (year: number) => `Årsrapport ${year}: forebyggende hjemmebesøg`;
export const CITIZENS = (n: number) => countOf(n, 'citizen');
export const ERRORS = (n: number) => `${countOf(n, 'row')} med fejl`;
export const MULTI_NOTE = 'En borger med to tilbud i samme år tælles under begge tilbud; status er status for det første (mest presserende) tilbud.';
export const COMPUTED_NOTE = (year: number) =>
  `Tallene for ${year} er beregnet: årets borgerliste planlagt med referencedatoen flyttet ét år tilbage. De viser, hvor mange der var i målgruppen, ikke hvad der skete; status sammenlignes derfor ikke. Gem årets plan, så kan næste års rapport sammenligne status med den.`;
export const FILE_NOTE = (year: number) => `Tallene for ${year} er læst fra sidste års plan.`;
