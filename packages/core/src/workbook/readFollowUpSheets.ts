import type { ProblemLocation } from '../errors/problem.ts';
import { itemId, unitId } from '../model/ids.ts';
import type { Instruction, Penalty } from '../model/records.ts';
import { LEADER_CATEGORIES, LEADER_RANKS, PENALTY_KINDS } from '../model/vocabulary.ts';
import type { Collector } from './collector.ts';
import type { SheetLayout } from './layout.ts';
import type { ItemRegistry, UnitRegistry } from './registries.ts';
import { RowReader } from './rowReader.ts';

const locate = (layout: SheetLayout, row: number): ProblemLocation => ({
  ...(layout.file !== undefined && { file: layout.file }),
  sheet: layout.sheet,
  row,
});

/** Reads the 批示 sheet: each row an instruction on a submitted item; 领导类别 defaults to 其他领导. */
export function readInstructionsSheet(
  layout: SheetLayout,
  items: ItemRegistry,
  collector: Collector,
): { instructions: Instruction[]; locations: ProblemLocation[] } {
  const instructions: Instruction[] = [];
  const locations: ProblemLocation[] = [];
  for (const data of layout.rows) {
    const r = new RowReader<'instructions'>(layout, data);
    const id = r.text('id', true);
    const leader = r.text('leader');
    const rank = r.oneOf('rank', LEADER_RANKS, { required: true, level: true });
    const category = r.oneOf('category', LEADER_CATEGORIES, { fallback: '其他领导' });
    const date = r.date('date', true);
    const publication = r.text('publication');
    if (id !== undefined) items.check(r, 'id', id);
    collector.add(r);
    if (r.failed || id === undefined || !rank || !category || !date) continue;
    instructions.push({
      itemId: itemId(id),
      ...(leader !== undefined && { leader }),
      rank,
      category,
      date,
      ...(publication !== undefined && { publication }),
    });
    locations.push(locate(layout, data.row));
  }
  return { instructions, locations };
}

/** Reads the 扣分 sheet: each row a penalty against a unit of 单位, optionally about an item. */
export function readPenaltiesSheet(
  layout: SheetLayout,
  units: UnitRegistry,
  items: ItemRegistry,
  collector: Collector,
): { penalties: Penalty[]; locations: ProblemLocation[] } {
  const penalties: Penalty[] = [];
  const locations: ProblemLocation[] = [];
  for (const data of layout.rows) {
    const r = new RowReader<'penalties'>(layout, data);
    const unit = r.text('unit', true);
    const kind = r.oneOf('kind', PENALTY_KINDS, { required: true });
    const date = r.date('date', true);
    const id = r.text('id');
    const note = r.text('note');
    if (unit !== undefined) units.check(r, 'unit', unit, false);
    if (id !== undefined) items.check(r, 'id', id);
    collector.add(r);
    if (r.failed || unit === undefined || !kind || !date) continue;
    penalties.push({
      unitId: unitId(unit),
      kind,
      date,
      ...(id !== undefined && { itemId: itemId(id) }),
      ...(note !== undefined && { note }),
    });
    locations.push(locate(layout, data.row));
  }
  return { penalties, locations };
}
