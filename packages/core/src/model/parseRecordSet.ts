import { type Problem, problemsFromZod, zodChinese } from '../errors/problem.ts';
import { fail, ok, type Result } from '../errors/result.ts';
import { RECORD_SET_VERSION, type RecordSet, RecordSetSchema } from './records.ts';

/**
 * Validates a record set (JSON from a file, a backup or another system) and checks that every reference
 * points at a known unit or item. Returns every problem with its JSON path and a Chinese message; never throws.
 *
 * @example
 * const r = parseRecordSet(JSON.parse(text));
 * if (r.ok) score(scheme, r.value, { period });
 */
export function parseRecordSet(input: unknown): Result<RecordSet, Problem> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail([{ code: 'invalid_type', message: '记录集应为 JSON 对象', path: [] }]);
  }
  const version = (input as { version?: unknown }).version;
  if (version !== RECORD_SET_VERSION) {
    return fail([
      {
        code: 'unsupported_version',
        message: `不支持的记录集版本 ${JSON.stringify(version)}：本程序读取版本 ${RECORD_SET_VERSION}`,
        path: ['version'],
      },
    ]);
  }
  const parsed = RecordSetSchema.safeParse(input, zodChinese);
  if (!parsed.success) return fail(problemsFromZod(parsed.error));
  const problems = checkReferences(parsed.data);
  return problems.length > 0 ? fail(problems) : ok(parsed.data);
}

/** Problems with references between records: unknown units or items, duplicate ids, parent cycles. */
export function checkReferences(records: RecordSet): Problem[] {
  const problems: Problem[] = [];
  const units = new Set<string>();
  records.units.forEach((unit, i) => {
    if (units.has(unit.id)) problems.push(dup('units', i, `单位“${unit.id}”重复`));
    units.add(unit.id);
  });
  const items = new Set<string>();
  records.items.forEach((item, i) => {
    if (items.has(item.id)) problems.push(dup('items', i, `信息编号“${item.id}”重复`));
    items.add(item.id);
  });
  const unit = (id: string, path: (string | number)[]) => {
    if (!units.has(id)) problems.push({ code: 'unknown_unit', message: `单位“${id}”不在单位表中`, path });
  };
  const item = (id: string, path: (string | number)[]) => {
    if (!items.has(id)) problems.push({ code: 'unknown_item', message: `信息编号“${id}”不在报送记录中`, path });
  };
  records.units.forEach((u, i) => {
    if (u.parentId !== undefined) unit(u.parentId, ['units', i, 'parentId']);
  });
  records.items.forEach((it, i) => {
    it.units.forEach((u, j) => {
      unit(u.unitId, ['items', i, 'units', j, 'unitId']);
    });
  });
  for (const key of ['routes', 'adoptions', 'instructions'] as const) {
    records[key].forEach((r, i) => {
      item(r.itemId, [key, i, 'itemId']);
    });
  }
  records.penalties.forEach((p, i) => {
    unit(p.unitId, ['penalties', i, 'unitId']);
    if (p.itemId !== undefined) item(p.itemId, ['penalties', i, 'itemId']);
  });
  records.commissions.forEach((c, i) => {
    c.unitIds.forEach((u, j) => {
      unit(u, ['commissions', i, 'unitIds', j]);
    });
    c.fulfilments.forEach((f, j) => {
      unit(f.unitId, ['commissions', i, 'fulfilments', j, 'unitId']);
      item(f.itemId, ['commissions', i, 'fulfilments', j, 'itemId']);
    });
  });
  records.urgentEvents.forEach((e, i) => {
    unit(e.unitId, ['urgentEvents', i, 'unitId']);
  });
  problems.push(...parentCycles(records));
  return problems;
}

function dup(table: string, index: number, message: string): Problem {
  return { code: 'duplicate_id', message, path: [table, index, 'id'] };
}

function parentCycles(records: RecordSet): Problem[] {
  const parent = new Map(records.units.map((u) => [u.id as string, u.parentId as string | undefined]));
  const problems: Problem[] = [];
  records.units.forEach((u, i) => {
    const seen = new Set<string>([u.id]);
    let next = u.parentId as string | undefined;
    while (next !== undefined) {
      if (seen.has(next)) {
        problems.push({
          code: 'parent_cycle',
          message: `单位“${u.id}”的上级单位形成循环`,
          path: ['units', i, 'parentId'],
        });
        return;
      }
      seen.add(next);
      next = parent.get(next);
    }
  });
  return problems;
}
