/** Settings key of the office using the workbench (本单位): a `UnitId`. */
export const OUR_UNIT_KEY = 'ourUnit';
/** Settings key of the scoring scheme in use: a preset id. */
export const SCHEME_KEY = 'scheme';
/** The scheme used until the user picks one. */
export const DEFAULT_SCHEME = 'lianyungang';
