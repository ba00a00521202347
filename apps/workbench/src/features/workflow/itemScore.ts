import {
  getPreset,
  type IsoDate,
  type ItemId,
  type LedgerEntry,
  parseScheme,
  type RecordSet,
  type Scheme,
  score,
  type UnitId,
} from '@caibian/core';
import type { SchemesRepository } from '../../data/schemesRepository.ts';
import type { SettingsRepository } from '../../data/settingsRepository.ts';
import { DEFAULT_SCHEME, SCHEME_KEY } from '../settings/settingsKeys.ts';

/**
 * The scheme chosen in the settings (`scheme`: a preset id or the id of one of the office's own schemes),
 * or the default preset when unset or unreadable.
 */
export async function chosenScheme(
  settings: Pick<SettingsRepository, 'get'>,
  schemes: Pick<SchemesRepository, 'get'>,
): Promise<Scheme> {
  const id = await settings.get<string>(SCHEME_KEY, DEFAULT_SCHEME);
  const preset = getPreset(id);
  if (preset) return preset;
  const own = await schemes.get(id);
  const parsed = own ? parseScheme(own.document) : null;
  return parsed?.ok ? parsed.value : getPreset(DEFAULT_SCHEME);
}

/** An item's points and its unit's total for a year. */
export interface ItemScore {
  readonly schemeName: string;
  readonly year: number;
  readonly unitId: UnitId;
  readonly unitName: string;
  /** The ledger lines this item earned (any unit of a joint item). */
  readonly ledger: readonly LedgerEntry[];
  /** This item's points credited to the unit. */
  readonly itemPoints: number;
  /** The unit's total for the year, every item included. */
  readonly unitTotal: number;
}

/**
 * The year whose points to show for an item: that of its latest route, adoption or instruction, else of
 * its date (signed, else drafted), else of today.
 */
export function scoreYear(records: readonly { readonly date: string }[], itemDate: string, today: string): number {
  const latest =
    records
      .map((r) => r.date)
      .sort()
      .at(-1) ?? '';
  return Number((latest || itemDate || today).slice(0, 4));
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Scores the year under `scheme` (core's `score` over the whole record set) and picks out the item's ledger
 * and the unit's total. Fine at an office's scale; the rankings page scores heavy sets incrementally.
 *
 * @example
 * itemScore(await records.loadRecordSet(), getPreset('lianyungang'), itemId('A1'), unitId('海州区'), 2024);
 */
export function itemScore(records: RecordSet, scheme: Scheme, itemId: ItemId, unitId: UnitId, year: number): ItemScore {
  const result = score(scheme, records, {
    period: { from: `${year}-01-01` as IsoDate, to: `${year}-12-31` as IsoDate },
  });
  const ledger = result.ledger.filter((e) => e.record.itemId === itemId);
  const mine = (e: LedgerEntry) => e.unitId === unitId || e.sourceUnitId === unitId;
  const unit = result.units.find((u) => u.unitId === unitId || u.members.includes(unitId));
  return {
    schemeName: scheme.name,
    year,
    unitId,
    unitName: unit?.name ?? unitId,
    ledger,
    itemPoints: round(ledger.filter(mine).reduce((sum, e) => sum + e.points, 0)),
    unitTotal: round(unit?.total ?? 0),
  };
}
