import { InputError, describeValue } from '../../coerce/errors';
import { isEmptyCell } from '../../coerce/values';
import { type Day, ageOn } from '../../day';
import { CHAIR_STAND_NORMS, GAIT_TEST_FROM, GAIT_TEST_TO, MAX_STANDS, MOBILITY_RISK_BELOW, type NormBand, type NormSet, type Sex } from './norms';
import * as text from './text';

export type NormLevel = 'under' | 'within' | 'over';

export interface ChairStandInput {
  /** Stands in 30 seconds as typed: a whole number 0-60 (arms used = 0). */
  count: unknown;
  birth: Day;
  sex: Sex | undefined;
  testDay: Day;
  /** The citizen's previous test, for the change since. */
  previous?: { count: number; day: Day };
  norms?: NormSet;
}

export interface ChairStandReading {
  count: number;
  /** Whole years on the test day (not the calendar-year age of the offers). */
  age: number;
  sex: Sex;
  band: NormBand;
  low: number;
  high: number;
  level: NormLevel;
  /** Fewer than 8 stands: raised risk of losing mobility (Sundhedsstyrelsen). */
  mobilityRisk: boolean;
  /** 6 to 8 stands: add a gait-speed test (Sundhedsstyrelsen). */
  gaitTest: boolean;
  change?: { by: number; since: Day };
  /** The norm set's name, stored with every reading. */
  normSet: string;
  text: string;
}

/**
 * The chair-stand count read against the norms. Throws a Danish InputError (never guesses) for a count
 * that is not a whole number 0-60, an age outside the norms' 60-94, no sex, or a test before birth.
 */
export function chairStandReading(input: ChairStandInput): ChairStandReading {
  const norms = input.norms ?? CHAIR_STAND_NORMS;
  const count = parseStands(input.count, text.COUNT_FIELD);
  if (count === undefined) throw new InputError(text.countMissing);
  if (input.testDay < input.birth) throw new InputError(text.testBeforeBirth(input.testDay));
  const age = ageOn(input.birth, input.testDay);
  const band = norms.bands.find((b) => age >= b.from && age <= b.to);
  if (!band) throw new InputError(text.ageOutside(norms, age));
  if (!input.sex) throw new InputError(text.sexMissing);
  const [low, high] = band[input.sex];
  const level: NormLevel = count < low ? 'under' : count > high ? 'over' : 'within';
  const reading: ChairStandReading = {
    count, age, sex: input.sex, band, low, high, level,
    mobilityRisk: count < MOBILITY_RISK_BELOW,
    gaitTest: count >= GAIT_TEST_FROM && count <= GAIT_TEST_TO,
    normSet: norms.name,
    text: '',
  };
  if (input.previous && input.previous.day < input.testDay) reading.change = { by: count - input.previous.count, since: input.previous.day };
  reading.text = text.readingText(reading);
  return reading;
}

/** The same, with the Danish message instead of a throw: for a form that shows it beside the field. */
export function readChairStand(input: ChairStandInput): { reading: ChairStandReading } | { error: string } {
  try {
    return { reading: chairStandReading(input) };
  } catch (e) {
    if (e instanceof InputError) return { error: e.message };
    throw e;
  }
}

/**
 * A stand count as typed: a whole number 0-60, as a number or as digits ("12"). Empty is undefined (no
 * test); "12,5", "-1", "61" or words are a Danish InputError naming `field`.
 */
export function parseStands(value: unknown, field: string): number | undefined {
  if (isEmptyCell(value)) return undefined;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > MAX_STANDS) throw new InputError(text.badCount(field, describeValue(value)));
  return n;
}

