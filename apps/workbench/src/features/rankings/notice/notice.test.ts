import { monthPeriod } from '@caibian/stats';
import { describe, expect, it } from 'vitest';
import type { NoticeData, RankRow } from '../../../workers/rankingTypes.ts';
import { noticeDocument } from './noticeDocument.ts';
import { noticeSheets } from './noticeSheets.ts';

const row = (rank: number, name: string, score: number | null, disqualified = false): RankRow => ({
  unitId: name,
  name,
  group: '县区组',
  rank,
  score,
  total: score ?? 0,
  scoredItems: 1,
  disqualified,
  previousRank: null,
  rankChange: null,
  scoreChange: null,
});

const notice: NoticeData = {
  period: monthPeriod(2024, 3),
  schemeName: '连云港市政务信息工作考核办法',
  groups: [
    { group: '县区组', rows: [row(1, '海州区', 23.5), row(2, '灌云县', 7, true)] },
    { group: '部门组', rows: [row(1, '市教育局', 3)] },
  ],
};

describe('the ranking notice', () => {
  it('as a sheet: title, intro with period and scheme, then 名次/单位/得分 per group', () => {
    const rows = noticeSheets(notice).sheets[0]?.rows ?? [];
    expect(rows[0]).toEqual(['2024年3月政务信息工作排名通报']);
    expect(String(rows[1]?.[0])).toContain('2024年3月');
    expect(String(rows[1]?.[0])).toContain('连云港市政务信息工作考核办法');
    expect(rows).toContainEqual(['一、县区组']);
    expect(rows).toContainEqual(['名次', '单位', '得分']);
    expect(rows).toContainEqual([1, '海州区', 23.5]);
    expect(rows).toContainEqual([2, '灌云县（取消评优资格）', 7]);
    expect(rows).toContainEqual(['二、部门组']);
  });

  it('as a Word document: a paragraph, then a heading and a table for each group', () => {
    const doc = noticeDocument(notice);
    expect(doc.title).toBe('2024年3月政务信息工作排名通报');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'table', 'heading', 'table']);
    const table = doc.blocks[2];
    expect(table?.kind === 'table' && table.rows.map((r) => r.map((c) => c[0]?.text))).toEqual([
      ['名次', '单位', '得分'],
      ['1', '海州区', '23.5'],
      ['2', '灌云县（取消评优资格）', '7'],
    ]);
  });
});
