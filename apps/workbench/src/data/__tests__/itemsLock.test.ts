import { itemId } from '@caibian/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaibianDb } from '../db.ts';
import { draftItem, openTestDb } from './testDb.ts';

let db: CaibianDb | undefined;
afterEach(async () => {
  await db?.delete();
});

const at = '2024-03-04T10:00:00+08:00';
const route = {
  itemId: itemId('L1'),
  level: '市' as const,
  office: '市政府办公室',
  kind: '直报' as const,
  date: '2024-03-05' as never,
  status: '已报送' as const,
};

/** An item saved, submitted and signed off by 王主任: revision 3. */
async function signedItem() {
  const t = openTestDb();
  db = t.db;
  const { items } = t.repos;
  await items.save(draftItem('L1', { body: '签发时的正文。' }), { baseRevision: 0 });
  await items.transition(itemId('L1'), '送审', { at });
  const signed = await items.transition(itemId('L1'), '签发', { at, by: '王科长', signer: '王主任' });
  if (!signed.ok) throw new Error('not signed');
  return t.repos;
}

describe('a signed-off item is locked', () => {
  it('refuses a save of a 已签发 item with a Chinese message naming the status, and stores nothing', async () => {
    const repos = await signedItem();
    const before = await repos.items.get(itemId('L1'));
    const refused = await repos.items.save(draftItem('L1', { body: '签发后偷偷改的正文。' }), { baseRevision: 3 });
    expect(refused.ok ? [] : refused.problems.map((p) => p.code)).toEqual(['locked']);
    expect(refused.ok ? '' : refused.problems[0]?.message).toBe(
      '稿件“L1”已签发，正文和稿件信息已锁定，本次未保存。如需修改，请由科长撤回签发后再改。',
    );
    expect(await repos.items.get(itemId('L1'))).toEqual(before);
    expect((await repos.versions.list(itemId('L1'))).map((v) => v.note)).toEqual(['签发', '送审', '保存']);
  });

  it('refuses a save of a 已报送 item and says corrections go as a new item', async () => {
    const repos = await signedItem();
    await repos.items.transition(itemId('L1'), '报送', { at, routes: [route] });
    const refused = await repos.items.save(draftItem('L1', { title: '改过的标题' }), { baseRevision: 4 });
    expect(refused.ok ? '' : refused.problems[0]?.message).toContain('已报送，正文和稿件信息已锁定，本次未保存');
    expect(refused.ok ? '' : refused.problems[0]?.message).toContain('如需更正请另起新稿报送');
    expect((await repos.items.get(itemId('L1')))?.item.title).toBe('关于L1的信息');
  });

  it('撤回签发 needs a reason, returns the item to 退改 without its sign-off date, and is recorded', async () => {
    const repos = await signedItem();
    const noReason = await repos.items.transition(itemId('L1'), '撤回签发', { at, by: '王科长' });
    expect(noReason.ok ? '' : noReason.problems[0]?.message).toBe('撤回签发时请填写撤回原因');

    const back = await repos.items.transition(itemId('L1'), '撤回签发', {
      at,
      by: '王科长',
      comment: '第二段数据有误',
    });
    expect(back.ok && back.value.status).toBe('退改');
    expect(back.ok && back.value.item.signed).toBeUndefined();
    expect(back.ok && back.value.comments.map((c) => `${c.by}：${c.text}`)).toEqual([
      '王科长：撤回签发：第二段数据有误',
    ]);
    expect((await repos.versions.list(itemId('L1')))[0]?.note).toBe('撤回签发');

    const corrected = await repos.items.save(draftItem('L1', { body: '更正后的正文。' }), { baseRevision: 4 });
    expect(corrected.ok && corrected.value.item.body).toBe('更正后的正文。');
  });

  it('refuses 撤回签发 once the item is 报送', async () => {
    const repos = await signedItem();
    await repos.items.transition(itemId('L1'), '报送', { at, routes: [route] });
    const refused = await repos.items.transition(itemId('L1'), '撤回签发', { at, comment: '想改' });
    expect(refused.ok ? '' : refused.problems[0]?.message).toBe('稿件当前状态为“已报送”，不能撤回签发');
    expect((await repos.items.get(itemId('L1')))?.status).toBe('已报送');
  });
});

describe('saveAndTransition (送审 with the current text)', () => {
  function setup() {
    const t = openTestDb();
    db = t.db;
    return t.repos;
  }

  it('saves the text and moves the item to 审核中 together', async () => {
    const repos = setup();
    await repos.items.save(draftItem('S1'), { baseRevision: 0 });
    const moved = await repos.items.saveAndTransition(
      draftItem('S1', { body: '送审前改好的正文。' }),
      { baseRevision: 1 },
      '送审',
      { at },
    );
    expect(moved.ok && [moved.value.status, moved.value.item.body]).toEqual(['审核中', '送审前改好的正文。']);
    expect((await repos.versions.list(itemId('S1'))).map((v) => v.note)).toEqual(['送审', '保存', '保存']);
  });

  it('leaves the stored text, status and draft unchanged when the transition is refused', async () => {
    const repos = setup();
    await repos.items.save(draftItem('S1', { body: '原来的正文。' }), { baseRevision: 0 });
    await repos.items.transition(itemId('S1'), '送审', { at });
    await repos.drafts.put({ itemId: itemId('S1'), editorState: '{"draft":1}', baseRevision: 2 });
    const before = await repos.items.get(itemId('S1'));

    const refused = await repos.items.saveAndTransition(
      draftItem('S1', { body: '不该保存的正文。' }),
      { baseRevision: 2 },
      '送审',
      { at },
    );
    expect(refused.ok ? '' : refused.problems[0]?.message).toBe('稿件当前状态为“审核中”，不能送审');
    expect(await repos.items.get(itemId('S1'))).toEqual(before);
    expect((await repos.items.get(itemId('S1')))?.item.body).toBe('原来的正文。');
    expect((await repos.versions.list(itemId('S1'))).map((v) => v.note)).toEqual(['送审', '保存']);
    expect((await repos.drafts.get(itemId('S1')))?.editorState).toBe('{"draft":1}');
  });

  it('does not move the item when the save conflicts with another tab', async () => {
    const repos = setup();
    await repos.items.save(draftItem('S1'), { baseRevision: 0 });
    await repos.items.save(draftItem('S1', { body: '另一个窗口保存的。' }), { baseRevision: 1 });
    const stale = await repos.items.saveAndTransition(
      draftItem('S1', { body: '旧窗口的正文。' }),
      { baseRevision: 1 },
      '送审',
      { at },
    );
    expect(stale.ok ? [] : stale.problems.map((p) => p.code)).toEqual(['revision_conflict']);
    expect((await repos.items.get(itemId('S1')))?.status).toBe('草稿');
    expect((await repos.items.get(itemId('S1')))?.item.body).toBe('另一个窗口保存的。');
  });
});
