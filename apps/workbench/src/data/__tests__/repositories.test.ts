import { itemId } from '@caibian/core';
import { afterEach, expect, it } from 'vitest';
import type { CaibianDb } from '../db.ts';
import { openTestDb } from './testDb.ts';

let db: CaibianDb | undefined;
afterEach(async () => {
  await db?.delete();
});

function setup() {
  const t = openTestDb();
  db = t.db;
  return t.repos;
}

it('numbers each bulletin per year from 1 and starts again in a new year', async () => {
  const repos = setup();
  expect(await repos.bulletins.nextNumber('报阅', 2024)).toBe(1);
  const first = await repos.bulletins.create({ name: '报阅', year: 2024, itemIds: [itemId('A-1')] });
  const second = await repos.bulletins.create({ name: '报阅', year: 2024 });
  await repos.bulletins.create({ name: '通讯', year: 2024 });
  expect([first.number, second.number]).toEqual([1, 2]);
  expect(await repos.bulletins.nextNumber('报阅', 2024)).toBe(3);
  expect(await repos.bulletins.nextNumber('报阅', 2025)).toBe(1);
  expect((await repos.bulletins.list('报阅')).map((b) => b.id)).toEqual(['报阅/2024/2', '报阅/2024/1']);
  const issued = await repos.bulletins.update(first.id, { status: '已印发', issuedAt: '2024-03-06' });
  expect(issued.status).toBe('已印发');
});

it('keeps every revision of a scheme and returns the newest by default', async () => {
  const repos = setup();
  await repos.schemes.save({ id: 'county', name: '县级计分办法', formatVersion: 1, document: { points: 1 } });
  const second = await repos.schemes.save({
    id: 'county',
    name: '县级计分办法',
    formatVersion: 1,
    document: { points: 2 },
  });
  expect(second.revision).toBe(2);
  expect((await repos.schemes.get('county'))?.document).toEqual({ points: 2 });
  expect((await repos.schemes.get('county', 1))?.document).toEqual({ points: 1 });
  expect((await repos.schemes.history('county')).map((s) => s.revision)).toEqual([2, 1]);
  expect(await repos.schemes.list()).toHaveLength(1);
});

it('keeps one autosave draft per item, overwritten on every change', async () => {
  const repos = setup();
  await repos.drafts.put({ itemId: itemId('D-1'), editorState: '{"v":1}', baseRevision: 0 });
  await repos.drafts.put({ itemId: itemId('D-1'), editorState: '{"v":2}', baseRevision: 0 });
  expect(await repos.drafts.list()).toEqual([
    { itemId: 'D-1', editorState: '{"v":2}', baseRevision: 0, savedAt: '2024-03-05T08:30:00.000Z' },
  ]);
  await repos.drafts.clear(itemId('D-1'));
  expect(await repos.drafts.get(itemId('D-1'))).toBeUndefined();
});

it('finds materials by kind and text, and refuses an empty one in Chinese', async () => {
  const repos = setup();
  await repos.materials.add({ kind: '数据', text: '一季度地区生产总值增长6.1%', source: '统计局', tags: ['经济'] });
  await repos.materials.add({ kind: '言论', text: '把群众的小事当成自己的大事', tags: [] });
  expect((await repos.materials.list({ query: '经济' })).map((m) => m.kind)).toEqual(['数据']);
  expect(await repos.materials.list({ kind: '言论' })).toHaveLength(1);
  await expect(repos.materials.add({ kind: '焦点', text: '  ', tags: [] })).rejects.toThrow('素材内容不能为空');
});

it('stores settings and units, commissions and urgent events', async () => {
  const repos = setup();
  expect(await repos.settings.get('office', '未设置')).toBe('未设置');
  await repos.settings.set('office', { name: '达州市人民政府办公室' });
  expect(await repos.settings.all()).toEqual({ office: { name: '达州市人民政府办公室' } });
  await repos.units.put([{ id: '宣汉县' as never, name: '宣汉县', group: '县区组' }]);
  expect(await repos.units.list()).toHaveLength(1);
  await repos.tracking.putCommission({
    id: 'Y-1' as never,
    topic: '一季度经验',
    unitIds: ['宣汉县' as never],
    due: '2024-03-08' as never,
    fulfilments: [],
  });
  expect((await repos.tracking.commissions()).map((c) => c.id)).toEqual(['Y-1']);
});
