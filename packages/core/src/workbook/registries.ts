import type { ProblemLocation } from '../errors/problem.ts';
import { type ItemId, type UnitId, unitId } from '../model/ids.ts';
import type { Item, Unit } from '../model/records.ts';
import type { RowReader } from './rowReader.ts';
import type { ColumnKey, SheetKey } from './sheets.ts';
import { titleKey } from './titleKey.ts';

/** The units read so far: the valid ones, and every name that has a row in 单位 (valid or not). */
export class UnitRegistry {
  readonly units: Unit[] = [];
  /** Where each unit of {@link units} came from. */
  readonly locations: ProblemLocation[] = [];
  /** Units created because 报送 named them (`createMissingUnits`). */
  readonly created: UnitId[] = [];
  private readonly valid = new Set<string>();

  /** @param rows every unit name with a row in 单位 → its row number */
  constructor(private readonly rows: ReadonlyMap<string, number>) {}

  /** Adds a valid unit. */
  add(unit: Unit, location: ProblemLocation): void {
    this.units.push(unit);
    this.locations.push(location);
    this.valid.add(unit.id);
  }

  /**
   * Checks that `name`, read from `key` of `reader`'s row, is a valid unit; with `create`, a name with no
   * row in 单位 becomes a new unit. Reports a located problem otherwise.
   */
  check<S extends SheetKey>(reader: RowReader<S>, key: ColumnKey<S>, name: string, create: boolean): boolean {
    if (this.valid.has(name)) return true;
    const row = this.rows.get(name);
    if (row !== undefined) {
      reader.report(key, 'invalid_unit', `单位“${name}”在“单位”表第${row}行的登记有误，本行因此无法使用`, true);
      return false;
    }
    if (create) {
      const id = unitId(name);
      this.add(
        { id, name },
        {
          ...(reader.layout.file !== undefined && { file: reader.layout.file }),
          sheet: reader.layout.sheet,
          row: reader.row,
        },
      );
      this.created.push(id);
      return true;
    }
    const hint =
      reader.layout.key === 'submissions'
        ? '应先在“单位”表登记（或选择自动创建缺少的单位）'
        : '应为“单位”表中登记的单位名称';
    reader.report(key, 'unknown_unit', `单位“${name}”不在“单位”表中：${hint}`);
    return false;
  }
}

/** The items read from 报送: the valid ones, every 编号 seen, and an index by normalised title. */
export class ItemRegistry {
  private readonly valid = new Set<string>();
  private readonly byTitle = new Map<string, ItemId[]>();

  /**
   * @param items the valid items, in order
   * @param locations where each item was first submitted
   * @param seen every 编号 with a row in 报送 (valid or not) → its first row number
   */
  constructor(
    readonly items: readonly Item[],
    readonly locations: readonly ProblemLocation[],
    private readonly seen: ReadonlyMap<string, number>,
  ) {
    for (const item of items) {
      this.valid.add(item.id);
      const key = titleKey(item.title);
      this.byTitle.set(key, [...(this.byTitle.get(key) ?? []), item.id]);
    }
  }

  /** True when `id` is a valid item. */
  has(id: string): id is ItemId {
    return this.valid.has(id);
  }

  /** Checks that `id`, read from `key` of `reader`'s row, is a valid item; reports a located problem otherwise. */
  check<S extends SheetKey>(reader: RowReader<S>, key: ColumnKey<S>, id: string): boolean {
    if (this.valid.has(id)) return true;
    const row = this.seen.get(id);
    if (row !== undefined) {
      reader.report(key, 'invalid_item', `编号“${id}”的报送记录（“报送”表第${row}行起）有误，本行因此无法关联`, true);
    } else {
      reader.report(key, 'unknown_item', `编号“${id}”不在“报送”表中：应为已报送信息的编号`);
    }
    return false;
  }

  /** The items whose normalised title equals `title`'s. */
  matchTitle(title: string): readonly ItemId[] {
    return this.byTitle.get(titleKey(title)) ?? [];
  }
}
