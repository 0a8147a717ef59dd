/** The sheet names every part of fhb relies on (contract: formulas name `Indstillinger!B2` and `!B3`). */
export const CITIZEN_SHEET = 'Borgere';
export const SETTINGS_SHEET = 'Indstillinger';

/** 1-based cells of the settings sheet that formulas read. */
export const AS_OF_ROW = 2;
export const PROFILE_ROW = 3;
export const VALUE_COLUMN = 2;
