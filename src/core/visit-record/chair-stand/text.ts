import { type Day, toDanish } from '../../day';
import type { NormSet } from './norms';
import type { ChairStandReading } from './reading';
import { SEX_WORDS } from './sex';

/**
 * The chair-stand reading in Danish, one voice for the sheet function, the sidebar form, the stored
 * *Læsning* and the report. The level words are pinned by SPEC §3 ("under normalområdet", "inden for
 * normalområdet", "over normalområdet", the range as x–y).
 */
export const COUNT_FIELD = 'antal';
export const LEVEL_WORDS = { under: 'under normalområdet', within: 'inden for normalområdet', over: 'over normalområdet' } as const;
export const MOBILITY_RISK = 'færre end 8: øget risiko for tab af mobilitet';
export const GAIT_TEST = 'suppler med en ganghastighedstest (Sundhedsstyrelsen)';

export const countMissing = 'antal mangler: skriv antallet af rejsninger på 30 sekunder (0-60).';
export const badCount = (field: string, shown: string) =>
  `${field}: ${shown} er ikke et helt tal fra 0 til 60 (rejsninger på 30 sekunder; brugte borgeren armene, er antallet 0).`;
export const ageOutside = (norms: NormSet, age: number) =>
  `Normerne (${norms.name}) gælder for 60-94-årige; borgeren er ${age} år på testdagen. Testen kan ikke læses mod normen.`;
export const sexMissing = 'køn mangler: skriv mand eller kvinde (M/K) eller et CPR-nummer. Normerne er forskellige for mænd og kvinder.';
export const testBeforeBirth = (day: Day) => `testdagen ${toDanish(day)} ligger før fødselsdatoen.`;

const standsWord = (n: number) => `${n} ${n === 1 ? 'rejsning' : 'rejsninger'}`;

export function changeText(by: number, since: Day): string {
  const when = `ved testen ${toDanish(since)}`;
  if (by === 0) return `Samme antal som ${when}`;
  return `${by > 0 ? `${by} flere` : `${-by} færre`} end ${when}`;
}

/** "12 rejsninger: under normalområdet (10–15 for kvinder 75–79 år); … Norm: Rikli & Jones (1999)." */
export function readingText(r: ChairStandReading): string {
  const parts = [`${standsWord(r.count)}: ${LEVEL_WORDS[r.level]} (${r.low}–${r.high} for ${SEX_WORDS[r.sex].plural} ${r.band.from}–${r.band.to} år)`];
  if (r.mobilityRisk) parts.push(MOBILITY_RISK);
  if (r.gaitTest) parts.push(GAIT_TEST);
  const sentences = [parts.join('; ')];
  if (r.change) sentences.push(changeText(r.change.by, r.change.since));
  sentences.push(`Norm: ${r.normSet}`);
  return `${sentences.join('. ')}.`;
}
