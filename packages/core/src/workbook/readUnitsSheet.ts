import { unitId } from '../model/ids.ts';
import type { Collector } from './collector.ts';
import type { SheetLayout } from './layout.ts';
import { UnitRegistry } from './registries.ts';
import { RowReader } from './rowReader.ts';

interface Definition {
  readonly reader: RowReader<'units'>;
  readonly name: string;
  readonly group: string | undefined;
  readonly parent: string | undefined;
  readonly class: string | undefined;
}

/**
 * Reads the 单位 sheet: one unit per row, its id being its name. A repeated name, a 上级单位 that is not a
 * unit of the sheet, and a loop of 上级单位 are located problems; a unit whose parent's row is wrong is
 * left out as a consequence.
 */
export function readUnitsSheet(layout: SheetLayout, collector: Collector): UnitRegistry {
  const rows = new Map<string, number>();
  const readers: RowReader<'units'>[] = [];
  const defined: Definition[] = [];
  for (const data of layout.rows) {
    const reader = new RowReader<'units'>(layout, data);
    readers.push(reader);
    // Every cell is read before deciding, so that each wrong cell of the row is reported.
    const name = reader.text('name', true);
    const definition = {
      reader,
      name: name ?? '',
      group: reader.text('group'),
      parent: reader.text('parent'),
      class: reader.text('class'),
    };
    if (name === undefined) continue;
    const first = rows.get(name);
    if (first !== undefined) {
      reader.report('name', 'duplicate_unit', `单位“${name}”与第${first}行重复：每个单位只登记一行`);
      continue;
    }
    rows.set(name, data.row);
    if (!reader.failed) defined.push(definition);
  }
  const valid = resolveParents(defined, rows);
  const registry = new UnitRegistry(rows);
  for (const d of defined) {
    if (!valid.has(d.name)) continue;
    registry.add(
      {
        id: unitId(d.name),
        name: d.name,
        ...(d.group !== undefined && { group: d.group }),
        ...(d.class !== undefined && { class: d.class }),
        ...(d.parent !== undefined && { parentId: unitId(d.parent) }),
      },
      {
        ...(d.reader.layout.file !== undefined && { file: d.reader.layout.file }),
        sheet: d.reader.layout.sheet,
        row: d.reader.row,
      },
    );
  }
  for (const reader of readers) collector.add(reader);
  return registry;
}

/** Leaves out, until nothing changes, units whose parent is unknown or left out, and units on a loop. */
function resolveParents(defined: readonly Definition[], rows: ReadonlyMap<string, number>): Set<string> {
  const valid = new Map(defined.map((d) => [d.name, d]));
  let changed = true;
  while (changed) {
    changed = false;
    for (const d of [...valid.values()]) {
      if (d.parent === undefined || valid.has(d.parent)) continue;
      const row = rows.get(d.parent);
      if (row !== undefined) {
        d.reader.report(
          'parent',
          'invalid_unit',
          `上级单位“${d.parent}”在第${row}行的登记有误，本行因此无法使用`,
          true,
        );
      } else {
        d.reader.report('parent', 'unknown_unit', `上级单位“${d.parent}”不在“单位”表中：应为本表登记的单位名称`);
      }
      valid.delete(d.name);
      changed = true;
    }
    const looping: Definition[] = [];
    for (const d of valid.values()) {
      const path = [d.name];
      let next = d.parent;
      while (next !== undefined && !path.includes(next)) {
        path.push(next);
        next = valid.get(next)?.parent;
      }
      if (next === d.name) {
        d.reader.report(
          'parent',
          'parent_cycle',
          `上级单位形成循环：${[...path, d.name].join(' → ')}；应有一个单位没有上级单位`,
        );
        looping.push(d);
      }
    }
    for (const d of looping) valid.delete(d.name);
    changed ||= looping.length > 0;
  }
  return new Set(valid.keys());
}
