import { itemId, unitId } from '@caibian/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaibianDb } from '../db.ts';
import { draftItem, openTestDb } from './testDb.ts';

let db: CaibianDb | undefined;
afterEach(async () => {
  await db?.delete();
});

function setup() {
  const t = openTestDb();
  db = t.db;
  return t.repos;
}

describe('items', () => {
  it('saves a new item as 草稿 with a version, and refuses a save based on an older revision', async () => {
    const repos = setup();
    const first = await repos.items.save(draftItem('XH-1'), { baseRevision: 0, editorState: '{"root":1}' });
    expect(first.ok && first.value.status).toBe('草稿');
    await repos.drafts.put({ itemId: itemId('XH-1'), editorState: '{"root":2}', baseRevision: 1 });

    const second = await repos.items.save(draftItem('XH-1', { title: '第二稿' }), { baseRevision: 1 });
    expect(second.ok && second.value.revision).toBe(2);
    expect(await repos.drafts.get(itemId('XH-1'))).toBeUndefined();

    const stale = await repos.items.save(draftItem('XH-1', { title: '另一个标签页的修改' }), { baseRevision: 1 });
    expect(stale.ok).toBe(false);
    expect(stale.ok ? '' : stale.problems[0]?.message).toContain('已在别处保存过（当前为第2版）');
    expect((await repos.items.get(itemId('XH-1')))?.item.title).toBe('第二稿');
    expect((await repos.versions.list(itemId('XH-1'))).map((v) => v.revision)).toEqual([2, 1]);
  });

  it('moves through 送审 → 退改 (with a comment) → 送审 → 签发 → 报送, writing routes with the last step', async () => {
    const repos = setup();
    const id = itemId('XH-2');
    await repos.items.save(draftItem('XH-2', { drafted: '2024-03-01' as never }), { baseRevision: 0 });
    const at = '2024-03-04T10:00:00+08:00';
    expect((await repos.items.transition(id, '签发', { at, signer: '张三' })).ok).toBe(false);
    expect((await repos.items.transition(id, '送审', { at })).ok).toBe(true);
    const noComment = await repos.items.transition(id, '退改', { at });
    expect(noComment.ok ? '' : noComment.problems[0]?.message).toBe('退改时请填写修改意见');
    await repos.items.transition(id, '退改', { at, by: '科长', comment: '请补充数据来源' });
    await repos.items.transition(id, '送审', { at });
    const signed = await repos.items.transition(id, '签发', { at, signer: '张三' });
    expect(signed.ok && signed.value.item.signed).toBe('2024-03-04');
    const route = {
      itemId: id,
      level: '市' as const,
      office: '市政府办公室',
      kind: '直报' as const,
      date: '2024-03-05' as never,
      status: '已报送' as const,
    };
    const reported = await repos.items.transition(id, '报送', { at, routes: [route] });
    expect(reported.ok && reported.value.status).toBe('已报送');
    expect(reported.ok && reported.value.comments.map((c) => c.text)).toEqual(['请补充数据来源']);
    expect((await repos.records.forItem(id)).routes.map((r) => r.record)).toEqual([route]);
    expect((await repos.versions.list(id)).map((v) => v.note)).toEqual([
      '报送',
      '签发',
      '送审',
      '退改',
      '送审',
      '保存',
    ]);
  });

  it('lists by status, category, unit and date, newest first, in pages', async () => {
    const repos = setup();
    const a = unitId('宣汉县');
    const b = unitId('达川区');
    for (let i = 1; i <= 12; i++) {
      const item = draftItem(`L-${String(i).padStart(2, '0')}`, {
        units: [{ unitId: i % 2 ? a : b }],
        category: i % 3 ? '动态' : '经验',
        drafted: `2024-03-${String(i).padStart(2, '0')}` as never,
      });
      await repos.items.save(item, { baseRevision: 0 });
      if (i > 8) await repos.items.transition(item.id, '送审', { at: '2024-03-20T09:00' });
    }
    const ids = (page: { rows: { id: string }[] }) => page.rows.map((r) => r.id);
    const all = await repos.items.list({}, { offset: 0, limit: 5 });
    expect(all.total).toBe(12);
    expect(ids(all)).toEqual(['L-12', 'L-11', 'L-10', 'L-09', 'L-08']);
    expect(ids(await repos.items.list({}, { offset: 10, limit: 5 }))).toEqual(['L-02', 'L-01']);
    expect(ids(await repos.items.list({ status: '审核中' }))).toEqual(['L-12', 'L-11', 'L-10', 'L-09']);
    expect(ids(await repos.items.list({ status: '审核中', category: '经验' }))).toEqual(['L-12', 'L-09']);
    expect(ids(await repos.items.list({ category: '经验', from: '2024-03-04', to: '2024-03-09' }))).toEqual([
      'L-09',
      'L-06',
    ]);
    const unit = await repos.items.list({ unitId: b, status: '草稿' }, { offset: 1, limit: 2 });
    expect([unit.total, ...ids(unit)]).toEqual([4, 'L-06', 'L-04']);
    expect(ids(await repos.items.list({ from: '2024-03-11' }))).toEqual(['L-12', 'L-11']);
  });

  it('removes an item with its records, draft and versions in one go', async () => {
    const repos = setup();
    const id = itemId('R-1');
    await repos.items.save(draftItem('R-1'), { baseRevision: 0 });
    await repos.records.add('adoptions', {
      itemId: id,
      level: '市',
      publication: '政务信息',
      date: '2024-03-01' as never,
    });
    await repos.drafts.put({ itemId: id, editorState: '{}', baseRevision: 1 });
    await repos.items.remove(id);
    expect(await repos.items.get(id)).toBeUndefined();
    expect((await repos.records.forItem(id)).adoptions).toEqual([]);
    expect(await repos.drafts.get(id)).toBeUndefined();
    expect(await repos.versions.list(id)).toEqual([]);
    expect((await repos.records.loadRecordSet()).items).toEqual([]);
  });
});
