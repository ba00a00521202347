import { itemId, unitId } from '@caibian/core';
import { describe, expect, it } from 'vitest';
import { draftItem, openTestDb } from '../../data/__tests__/testDb.ts';
import { newUnits, saveItem } from './saveItem.ts';

describe('saveItem', () => {
  it('saves a new item as revision 1 and adds the units typed in the form', async () => {
    const { repos } = openTestDb();
    const item = draftItem('A1', { units: [{ unitId: unitId('海州区') }, { unitId: unitId('连云区') }] });
    await repos.units.put([{ id: unitId('海州区'), name: '海州区政府办公室' }]);
    const outcome = await saveItem(repos, item, { baseRevision: 0, knownUnits: await repos.units.list() });
    expect(outcome.kind === 'saved' && outcome.row.revision).toBe(1);
    expect((await repos.units.list()).map((u) => [u.id, u.name])).toEqual([
      ['海州区', '海州区政府办公室'],
      ['连云区', '连云区'],
    ]);
    expect((await repos.versions.list(itemId('A1'))).map((v) => v.note)).toEqual(['保存']);
  });

  it('refuses a save based on a revision another tab has moved past, writing nothing', async () => {
    const { repos } = openTestDb();
    await saveItem(repos, draftItem('A1'), { baseRevision: 0, knownUnits: [] });
    await saveItem(repos, draftItem('A1', { body: '第一个窗口' }), { baseRevision: 1, knownUnits: [] });
    const second = await saveItem(repos, draftItem('A1', { body: '第二个窗口' }), { baseRevision: 1, knownUnits: [] });
    expect(second.kind).toBe('conflict');
    expect(second.kind === 'conflict' && second.message).toContain('为避免覆盖他人的修改，本次未保存');
    expect((await repos.items.get(itemId('A1')))?.item.body).toBe('第一个窗口');
  });

  it('with a 送审 step that is refused, saves nothing and says why', async () => {
    const { repos } = openTestDb();
    await saveItem(repos, draftItem('A1', { body: '原稿' }), { baseRevision: 0, knownUnits: [] });
    await repos.items.transition(itemId('A1'), '送审', { at: '2024-03-05T08:00:00Z' });
    const outcome = await saveItem(repos, draftItem('A1', { body: '改稿' }), {
      baseRevision: 2,
      knownUnits: [],
      step: { action: '送审', input: { at: '2024-03-05T09:00:00Z' } },
    });
    expect(outcome).toEqual({ kind: 'invalid', problems: ['稿件当前状态为“审核中”，不能送审'] });
    expect((await repos.items.get(itemId('A1')))?.item.body).toBe('原稿');
  });

  it('refuses to save a signed-off item as a locked outcome', async () => {
    const { repos } = openTestDb();
    await saveItem(repos, draftItem('A1', { body: '原稿' }), { baseRevision: 0, knownUnits: [] });
    await repos.items.transition(itemId('A1'), '送审', { at: '2024-03-05T08:00:00Z' });
    await repos.items.transition(itemId('A1'), '签发', { at: '2024-03-05T08:00:00Z', signer: '王主任' });
    const outcome = await saveItem(repos, draftItem('A1', { body: '改稿' }), { baseRevision: 3, knownUnits: [] });
    expect(outcome.kind === 'locked' && outcome.message).toContain('已签发，正文和稿件信息已锁定，本次未保存');
    expect((await repos.items.get(itemId('A1')))?.item.body).toBe('原稿');
  });

  it('says what is missing instead of saving an untitled item without units', async () => {
    const { repos } = openTestDb();
    const outcome = await saveItem(repos, draftItem('A1', { title: '', units: [] }), {
      baseRevision: 0,
      knownUnits: [],
    });
    expect(outcome).toEqual({ kind: 'invalid', problems: ['请填写标题', '请至少选择一个报送单位'] });
    expect(await repos.items.get(itemId('A1'))).toBeUndefined();
  });
});

describe('newUnits', () => {
  it('lists only the units the unit table lacks', () => {
    const item = draftItem('A1', { units: [{ unitId: unitId('甲') }, { unitId: unitId('乙') }] });
    expect(newUnits(item, [{ id: unitId('甲'), name: '甲单位' }])).toEqual([{ id: '乙', name: '乙' }]);
  });
});
