import type { Scheme } from '../schemeSchema.ts';
import { changshan2014 } from './changshan2014.ts';
import { countyOffice } from './countyOffice.ts';
import { guangdongAjj } from './guangdongAjj.ts';
import { huzhou2018 } from './huzhou2018.ts';
import { liangyi } from './liangyi.ts';
import { lianyungang } from './lianyungang.ts';
import { luan2013 } from './luan2013.ts';
import { meizhouEmergency } from './meizhouEmergency.ts';
import { quzhou } from './quzhou.ts';

/** The nine published methods of scoring-rules.md, as schemes (data, in the order of that document). */
export const PRESETS: readonly Scheme[] = [
  lianyungang,
  luan2013,
  guangdongAjj,
  meizhouEmergency,
  countyOffice,
  quzhou,
  liangyi,
  changshan2014,
  huzhou2018,
];

/** The id of a built-in preset. */
export type PresetId =
  | 'lianyungang'
  | 'luan-2013'
  | 'guangdong-ajj'
  | 'meizhou-emergency'
  | 'county-office'
  | 'quzhou'
  | 'liangyi'
  | 'changshan-2014'
  | 'huzhou-2018';

/**
 * The built-in preset with this id, or `undefined` for an unknown id.
 *
 * @example
 * const scheme = getPreset('lianyungang');
 */
export function getPreset(id: PresetId): Scheme;
export function getPreset(id: string): Scheme | undefined;
export function getPreset(id: string): Scheme | undefined {
  return PRESETS.find((p) => p.id === id);
}
