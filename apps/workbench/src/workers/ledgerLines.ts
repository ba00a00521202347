import type { LedgerEntry, RecordSet } from '@caibian/core';
import type { LedgerLine } from './rankingTypes.ts';

const KIND_LABEL = { adoption: '采用', route: '报送', instruction: '批示', penalty: '扣分', item: '基础分' } as const;

/** What one ledger entry's record says, in Chinese: `省·信息简报·单条`, `报送 省（转报）`, `批示 市·主要领导`. */
export function recordDetail(records: RecordSet, entry: LedgerEntry): string {
  const { kind, index } = entry.record;
  if (kind === 'adoption') {
    const a = records.adoptions[index];
    return a ? [a.level, a.publication, a.form].filter(Boolean).join('·') : '';
  }
  if (kind === 'route') {
    const r = records.routes[index];
    return r ? `报送 ${r.level}（${r.kind}）${r.office ? ` ${r.office}` : ''}` : '';
  }
  if (kind === 'instruction') {
    const i = records.instructions[index];
    return i ? `批示 ${i.rank}·${i.category}${i.publication ? `（${i.publication}）` : ''}` : '';
  }
  if (kind === 'penalty') {
    const p = records.penalties[index];
    return p ? `${p.kind}${p.note ? `：${p.note}` : ''}` : '';
  }
  return '按报送条数计基础分';
}

/**
 * The ledger lines of one ranked unit, oldest first: each record, the clause that applied and its points.
 *
 * @example
 * ledgerLines(records, result.ledger, '海州区'); // [{ date: '2024-03-02', kind: '采用', clause: '《昨日情况》采用', points: 3, … }]
 */
export function ledgerLines(records: RecordSet, ledger: readonly LedgerEntry[], unitId: string): LedgerLine[] {
  const titles = new Map<string, string>();
  const names = new Map(records.units.map((u) => [u.id as string, u.name]));
  const lines: LedgerLine[] = [];
  for (const entry of ledger) {
    if (entry.unitId !== unitId) continue;
    const itemId = (entry.record.itemId as string | undefined) ?? '';
    if (itemId && titles.size === 0) for (const item of records.items) titles.set(item.id, item.title);
    lines.push({
      date: entry.record.date,
      kind: KIND_LABEL[entry.record.kind],
      itemId,
      title: titles.get(itemId) ?? '',
      detail: recordDetail(records, entry),
      clause: entry.clause.label,
      points: entry.points,
      note: entry.note ?? '',
      sourceUnit: entry.sourceUnitId === entry.unitId ? '' : (names.get(entry.sourceUnitId) ?? entry.sourceUnitId),
    });
  }
  return lines.sort((a, b) => a.date.localeCompare(b.date) || a.itemId.localeCompare(b.itemId));
}
