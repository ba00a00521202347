import { getPreset, itemId, unitId } from '@caibian/core';
import { describe, expect, it } from 'vitest';
import { draftItem, openTestDb } from '../../data/__tests__/testDb.ts';
import { chosenScheme, itemScore, scoreYear } from './itemScore.ts';
import { recordAdoption, recordInstruction, setRouteStatus } from './recordOutcome.ts';

const A1 = itemId('A1');
const HZ = unitId('海州区');

async function submitted() {
  const { repos } = openTestDb();
  await repos.units.put([{ id: HZ, name: '海州区' }]);
  await repos.items.save(draftItem('A1', { units: [{ unitId: HZ }] }), { baseRevision: 0 });
  await repos.items.transition(A1, '送审', { at: '2024-03-05T08:00' });
  await repos.items.transition(A1, '签发', { at: '2024-03-05T09:00', signer: '王主任' });
  await repos.items.transition(A1, '报送', {
    at: '2024-03-05T10:00',
    routes: [
      { itemId: A1, level: '市', office: '市政府办公室', kind: '直报', date: '2024-03-05' as never, status: '已报送' },
    ],
  });
  return repos;
}

describe('recording outcomes and the points they earn', () => {
  it('an adoption in 《昨日情况》 marks the recipient 已采用 and earns 3 points under the Lianyungang method', async () => {
    const repos = await submitted();
    const scheme = getPreset('lianyungang');
    expect(itemScore(await repos.records.loadRecordSet(), scheme, A1, HZ, 2024)).toMatchObject({
      itemPoints: 0,
      unitTotal: 0,
    });
    const [route] = (await repos.records.forItem(A1)).routes;
    if (!route) throw new Error('no route');
    const result = await recordAdoption(repos.records, route, {
      itemId: A1,
      level: '市',
      publication: '昨日情况',
      date: '2024-03-06' as never,
    });
    expect(result.ok).toBe(true);
    expect((await repos.records.forItem(A1)).routes[0]?.record.status).toBe('已采用');
    const after = itemScore(await repos.records.loadRecordSet(), scheme, A1, HZ, 2024);
    expect(after).toMatchObject({ itemPoints: 3, unitTotal: 3, unitName: '海州区', year: 2024 });
    expect(after.ledger.map((e) => e.clause.label)).toEqual(['《昨日情况》采用']);

    await recordInstruction(repos.records, {
      itemId: A1,
      rank: '市',
      category: '其他领导',
      date: '2024-03-07' as never,
    });
    expect(itemScore(await repos.records.loadRecordSet(), scheme, A1, HZ, 2024).itemPoints).toBe(8);
    expect(itemScore(await repos.records.loadRecordSet(), scheme, A1, HZ, 2023).unitTotal).toBe(0);
  });

  it('marks a recipient 未采用', async () => {
    const repos = await submitted();
    const [route] = (await repos.records.forItem(A1)).routes;
    if (!route) throw new Error('no route');
    await setRouteStatus(repos.records, route, '未采用');
    expect((await repos.records.forItem(A1)).routes[0]?.record.status).toBe('未采用');
  });
});

describe('chosenScheme', () => {
  it('reads the preset named in the settings, the Lianyungang method by default', async () => {
    const { repos } = openTestDb();
    expect((await chosenScheme(repos.settings, repos.schemes)).id).toBe('lianyungang');
    await repos.settings.set('scheme', 'quzhou');
    expect((await chosenScheme(repos.settings, repos.schemes)).id).toBe('quzhou');
    await repos.settings.set('scheme', 'no-such-scheme');
    expect((await chosenScheme(repos.settings, repos.schemes)).id).toBe('lianyungang');
  });

  it('reads one of the office own schemes by id', async () => {
    const { repos } = openTestDb();
    const own = { ...getPreset('quzhou'), id: 'office-2024', name: '本办计分办法' };
    await repos.schemes.save({ id: 'office-2024', name: own.name, formatVersion: 1, document: own });
    await repos.settings.set('scheme', 'office-2024');
    expect((await chosenScheme(repos.settings, repos.schemes)).name).toBe('本办计分办法');
  });
});

describe('scoreYear', () => {
  it('is the year of the latest record, else of the item, else of today', () => {
    expect(scoreYear([{ date: '2023-12-30' }, { date: '2024-01-02' }], '2023-12-01', '2026-05-01')).toBe(2024);
    expect(scoreYear([], '2023-12-01', '2026-05-01')).toBe(2023);
    expect(scoreYear([], '', '2026-05-01')).toBe(2026);
  });
});
