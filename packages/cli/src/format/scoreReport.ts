import type { IsoDate, LedgerEntry, RecordSet, Scheme, ScoreResult } from '@caibian/core';
import type { GroupRanking } from '@caibian/stats';
import { alignedTable } from './alignedTable.ts';

/** A ranking ready to print: the scheme, the period and each group's ranked rows. */
export interface ScoreReport {
  readonly scheme: Scheme;
  readonly period: { readonly from: IsoDate; readonly to: IsoDate; readonly label: string };
  readonly result: ScoreResult;
  readonly groups: readonly GroupRanking[];
  readonly records: RecordSet;
}

/** A score as people write it: at most two decimals, no trailing zeros; 无 for null. */
export function formatScore(value: number | null): string {
  if (value === null) return '无';
  return String(Math.round(value * 100) / 100);
}

function ledgerOf(report: ScoreReport): Map<string, LedgerEntry[]> {
  const byUnit = new Map<string, LedgerEntry[]>();
  for (const entry of report.result.ledger) {
    const list = byUnit.get(entry.unitId);
    if (list) list.push(entry);
    else byUnit.set(entry.unitId, [entry]);
  }
  return byUnit;
}

/** What a ledger entry's record was, in Chinese: 采用 A1《昨日情况》简讯 2024-03-04. */
export function describeRecord(records: RecordSet, entry: LedgerEntry): string {
  const { kind, index, itemId, date } = entry.record;
  const item = itemId ? `信息 ${itemId}` : '';
  switch (kind) {
    case 'adoption': {
      const a = records.adoptions[index];
      return `${date} 采用 ${item}：${a?.level ?? ''}级《${a?.publication ?? ''}》${a?.form ? ` ${a.form}` : ''}`;
    }
    case 'route': {
      const r = records.routes[index];
      return `${date} 报送 ${item}：${r?.level ?? ''}级 ${r?.kind ?? ''}`;
    }
    case 'instruction': {
      const s = records.instructions[index];
      return `${date} 批示 ${item}：${s?.rank ?? ''}级${s?.category ?? ''}${s?.leader ? `（${s.leader}）` : ''}`;
    }
    case 'penalty': {
      const p = records.penalties[index];
      return `${date} 扣分：${p?.kind ?? ''}${item ? ` ${item}` : ''}${p?.note ? `（${p.note}）` : ''}`;
    }
    case 'item':
      return `${date} ${item || '计分项'}`;
  }
}

function signed(points: number): string {
  const text = formatScore(points);
  return points > 0 ? `+${text}` : text;
}

/** The ranking as aligned Chinese tables, one per group, with the ledger under each when asked. */
export function reportTable(report: ScoreReport, explain: boolean): string {
  const average = report.result.method === 'average';
  const out: string[] = [`${report.scheme.name}（${report.scheme.id}）  ${report.period.label}`];
  const ledger = explain ? ledgerOf(report) : new Map<string, LedgerEntry[]>();
  for (const group of report.groups) {
    const columns = [
      { header: '名次', align: 'right' as const },
      { header: '单位' },
      { header: '得分', align: 'right' as const },
      ...(average
        ? [
            { header: '总分', align: 'right' as const },
            { header: '计分条数', align: 'right' as const },
          ]
        : []),
      { header: '备注' },
    ];
    const rows = group.rows.map((r) => [
      String(r.rank),
      r.name,
      formatScore(r.score),
      ...(average ? [formatScore(r.total), String(r.scoredItems)] : []),
      r.disqualified ? '取消年度评优资格' : '',
    ]);
    out.push('', `【${group.group}】`, alignedTable(columns, rows));
    if (!explain) continue;
    for (const r of group.rows) {
      const entries = ledger.get(r.unitId) ?? [];
      out.push('', `${r.name}：${formatScore(r.score)} 分${entries.length === 0 ? '（无计分记录）' : ''}`);
      for (const e of entries) {
        const from = e.sourceUnitId !== e.unitId ? `〔${e.sourceUnitId}〕` : '';
        const note = e.note ? `；${e.note}` : '';
        out.push(
          `  ${signed(e.points).padStart(7)}  ${describeRecord(report.records, e)}${from}  —— ${e.clause.label}${note}`,
        );
      }
    }
  }
  return `${out.join('\n')}\n`;
}

/** The JSON of formats.md: scheme, period, groups of rows with rank, unit and score (and more). */
export function reportJson(report: ScoreReport, explain: boolean): string {
  const ledger = explain ? ledgerOf(report) : undefined;
  const json = {
    scheme: report.scheme.id,
    schemeName: report.scheme.name,
    period: { from: report.period.from, to: report.period.to },
    method: report.result.method,
    groups: report.groups.map((g) => ({
      group: g.group,
      rows: g.rows.map((r) => ({
        rank: r.rank,
        unit: r.name,
        score: r.score,
        total: r.total,
        scoredItems: r.scoredItems,
        disqualified: r.disqualified,
        ...(r.tieBreak.length > 0 ? { tieBreak: r.tieBreak } : {}),
        ...(r.members.length > 0 ? { members: r.members } : {}),
        ...(ledger
          ? {
              ledger: (ledger.get(r.unitId) ?? []).map((e) => ({
                points: e.points,
                clause: e.clause.id,
                clauseLabel: e.clause.label,
                record: e.record.kind,
                itemId: e.record.itemId ?? null,
                date: e.record.date,
                sourceUnit: e.sourceUnitId,
                description: describeRecord(report.records, e),
                ...(e.note ? { note: e.note } : {}),
              })),
            }
          : {}),
      })),
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** The ranking notice as rows (for CSV and xlsx): a title line, a header, then every group's rows. */
export function reportRows(report: ScoreReport): string[][] {
  const average = report.result.method === 'average';
  const header = ['分组', '名次', '单位', '得分', ...(average ? ['总分', '计分信息条数'] : []), '备注'];
  const rows = report.groups.flatMap((g) =>
    g.rows.map((r) => [
      g.group,
      String(r.rank),
      r.name,
      formatScore(r.score),
      ...(average ? [formatScore(r.total), String(r.scoredItems)] : []),
      r.disqualified ? '取消年度评优资格' : '',
    ]),
  );
  return [[`${report.period.label}政务信息工作排名通报（${report.scheme.name}）`], header, ...rows];
}
