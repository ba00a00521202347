import { itemId, unitId } from '@caibian/core';
import { afterEach, describe, expect, it } from 'vitest';
import { draftItem, openTestDb } from '../../data/__tests__/testDb.ts';
import type { Repositories } from '../../data/createRepositories.ts';
import { highlightPieces, matchesCriteria, queryItems } from './itemQuery.ts';
import { itemSearchIndex, resetItemSearch } from './itemSearch.ts';

afterEach(() => resetItemSearch());

async function seeded(): Promise<Repositories> {
  const { repos } = openTestDb();
  await repos.units.put([
    { id: unitId('宣汉县'), name: '宣汉县政府办公室' },
    { id: unitId('达川区'), name: '达川区政府办公室' },
  ]);
  await repos.items.save(
    draftItem('A1', { title: '宣汉县多措并举优化营商环境', drafted: '2024-03-01' as never, category: '经验' }),
    { baseRevision: 0 },
  );
  await repos.items.save(
    draftItem('A2', {
      title: '达川区春耕生产有序推进',
      units: [{ unitId: unitId('达川区') }],
      drafted: '2024-02-10' as never,
      category: '动态',
    }),
    { baseRevision: 0 },
  );
  await repos.items.save(draftItem('A3', { title: '宣汉县防汛准备就绪', drafted: '2024-01-05' as never }), {
    baseRevision: 0,
  });
  await repos.items.transition(itemId('A2'), '送审', { at: '2024-02-11T08:00' });
  return repos;
}

const sourcesOf = (repos: Repositories) => ({
  items: repos.items,
  searchIndex: () => itemSearchIndex(repos),
  routes: async () => (await repos.records.loadRecordSet()).routes,
});

describe('queryItems', () => {
  it('pages every item newest first when nothing is asked', async () => {
    const repos = await seeded();
    const page = await queryItems(sourcesOf(repos), {}, { offset: 0, limit: 2 });
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.row.id)).toEqual(['A1', 'A2']);
  });

  it('filters by status, category, unit and date range', async () => {
    const repos = await seeded();
    const ids = async (criteria: Parameters<typeof queryItems>[1]) =>
      (await queryItems(sourcesOf(repos), criteria, { offset: 0, limit: 20 })).rows.map((r) => r.row.id);
    expect(await ids({ status: '审核中' })).toEqual(['A2']);
    expect(await ids({ category: '经验' })).toEqual(['A1']);
    expect(await ids({ unitId: unitId('宣汉县') })).toEqual(['A1', 'A3']);
    expect(await ids({ from: '2024-02-01', to: '2024-02-29' })).toEqual(['A2']);
  });

  it('finds items by a typo, by pinyin initials and by a unit name, with spans to highlight', async () => {
    const repos = await seeded();
    const typo = await queryItems(sourcesOf(repos), { query: '营商环竟' }, { offset: 0, limit: 20 });
    expect(typo.rows[0]?.row.id).toBe('A1');
    expect(typo.rows[0]?.spans.some((s) => s.field === 'title')).toBe(true);
    const initials = await queryItems(sourcesOf(repos), { query: 'yshj' }, { offset: 0, limit: 20 });
    expect(initials.rows.map((r) => r.row.id)).toContain('A1');
    const byUnit = await queryItems(sourcesOf(repos), { query: '达川区政府办公室' }, { offset: 0, limit: 20 });
    expect(byUnit.rows[0]?.row.id).toBe('A2');
  });

  it('keeps only items routed at the chosen level', async () => {
    const repos = await seeded();
    await repos.records.add('routes', {
      itemId: itemId('A3'),
      level: '省',
      kind: '转报',
      date: '2024-01-06' as never,
      status: '已报送',
    });
    const page = await queryItems(sourcesOf(repos), { level: '省' }, { offset: 0, limit: 20 });
    expect(page.rows.map((r) => r.row.id)).toEqual(['A3']);
    expect(await queryItems(sourcesOf(repos), { level: '市' }, { offset: 0, limit: 20 })).toEqual({
      rows: [],
      total: 0,
    });
  });
});

describe('matchesCriteria', () => {
  it('needs a route at the level when a level is asked', async () => {
    const repos = await seeded();
    const row = await repos.items.get(itemId('A1'));
    if (!row) throw new Error('missing');
    expect(matchesCriteria(row, { level: '市' }, new Map())).toBe(false);
    expect(matchesCriteria(row, { level: '市' }, new Map([[row.id, new Set(['市' as const])]]))).toBe(true);
  });
});

describe('highlightPieces', () => {
  it('marks the matched spans and leaves the rest as text', () => {
    expect(highlightPieces('宣汉县优化营商环境', [{ start: 5, end: 9 }])).toEqual([
      { text: '宣汉县优化', hit: false },
      { text: '营商环境', hit: true },
    ]);
  });

  it('merges overlapping spans and ignores spans outside the text', () => {
    expect(
      highlightPieces('<b>营商</b>', [
        { start: 3, end: 4 },
        { start: 3, end: 5 },
        { start: 40, end: 50 },
      ]),
    ).toEqual([
      { text: '<b>', hit: false },
      { text: '营商', hit: true },
      { text: '</b>', hit: false },
    ]);
  });
});
