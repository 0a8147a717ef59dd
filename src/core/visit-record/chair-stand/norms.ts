/**
 * The chair-stand norms shipped as data with their source: the 30-second chair stand, number of full
 * stands, the "normal range" being the 25th to 75th percentile of community-residing older adults by sex
 * and five-year age band. Sundhedsstyrelsen names this test as the primary screen of physical function at
 * preventive home visits; Ballerup's standard offers it (seeds/003, lines 76-78).
 */
export type Sex = 'M' | 'K';

export interface NormBand {
  /** Whole years on the test day, inclusive. */
  readonly from: number;
  readonly to: number;
  /** The 25th and 75th percentile, stands in 30 seconds. */
  readonly M: readonly [number, number];
  readonly K: readonly [number, number];
}

export interface NormSet {
  /** The name every stored reading carries, so a reading can always be traced to its table. */
  readonly name: string;
  readonly source: string;
  readonly range: string;
  readonly bands: readonly NormBand[];
}

export const CHAIR_STAND_NORMS: NormSet = {
  name: 'Rikli & Jones (1999)',
  source:
    'Rikli RE, Jones CJ. Functional fitness normative scores for community-residing older adults, ages 60-94. Journal of Aging and Physical Activity 1999;7(2):162-181.',
  range: '25.-75. percentil',
  bands: [
    { from: 60, to: 64, M: [14, 19], K: [12, 17] },
    { from: 65, to: 69, M: [12, 18], K: [11, 16] },
    { from: 70, to: 74, M: [12, 17], K: [10, 15] },
    { from: 75, to: 79, M: [11, 17], K: [10, 15] },
    { from: 80, to: 84, M: [10, 15], K: [9, 14] },
    { from: 85, to: 89, M: [8, 14], K: [8, 13] },
    { from: 90, to: 94, M: [7, 12], K: [4, 11] },
  ],
};

/**
 * Sundhedsstyrelsen's cut-offs beside the norms: fewer than 8 stands marks a raised risk of losing
 * mobility, and 6 to 8 stands ("more than 5 but fewer than 9") calls for a gait-speed test as well.
 */
export const MOBILITY_RISK_BELOW = 8;
export const GAIT_TEST_FROM = 6;
export const GAIT_TEST_TO = 8;

/** The stands a test may count: 0 (arms used) to 60 (two a second is beyond anyone). */
export const MAX_STANDS = 60;
