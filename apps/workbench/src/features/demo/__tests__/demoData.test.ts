import { itemId, unitId } from '@caibian/core';
import { afterEach, expect, it } from 'vitest';
import { openTestDb } from '../../../data/__tests__/testDb.ts';
import type { CaibianDb } from '../../../data/db.ts';
import { createDemoData, DEMO_NOTES } from '../../../data/demo.ts';
import { generateDemo } from '../generateDemo.ts';

let db: CaibianDb | undefined;
afterEach(async () => {
  await db?.delete();
});

it('offers the demo on an empty database, loads it tracked, and removes only the demo rows in one click', async () => {
  const opened = openTestDb();
  db = opened.db;
  const { repos } = opened;
  const demo = createDemoData(opened.db, repos, () => new Date('2026-11-26T08:00:00Z'));
  expect(await demo.state()).toBe('offer');

  const dataset = generateDemo({ today: '2026-11-26' });
  await demo.load(dataset);
  expect(await demo.state()).toBe('loaded');
  const loaded = await repos.records.loadRecordSet();
  expect(loaded.units).toHaveLength(12);
  expect(loaded.items).toHaveLength(dataset.records.items.length);
  expect(loaded.adoptions).toHaveLength(dataset.records.adoptions.length);
  expect(await repos.settings.get('ourUnit', null)).toBe('青岚县政府办公室');
  expect(await repos.settings.get('scheme', null)).toBe('county-office');
  const inReview = await repos.items.list({ status: '审核中' });
  expect(inReview.total).toBe(2);

  // The user's own work next to the demo: a unit, an item naming a demo unit, a note, an adoption.
  await repos.units.put([{ id: unitId('本单位信息科'), name: '本单位信息科' }]);
  const own = {
    id: itemId('自有-1'),
    title: '城关镇开展防汛演练',
    units: [{ unitId: unitId('城关镇') }],
    secrecy: '无' as const,
    attachments: [],
    tags: [],
  };
  await repos.items.save(own, { baseRevision: 0 });
  await opened.db.notes.bulkAdd(DEMO_NOTES.map((n) => ({ ...n })) as never);
  await repos.notes.add('我自己的便签');

  const removed = await demo.remove();
  expect(removed).toBeGreaterThan(dataset.records.items.length);
  const after = await repos.records.loadRecordSet();
  expect(after.items.map((i) => i.id)).toEqual(['自有-1']);
  expect(after.adoptions).toEqual([]);
  expect(after.routes).toEqual([]);
  expect(after.commissions).toEqual([]);
  expect(after.urgentEvents).toEqual([]);
  expect(after.penalties).toEqual([]);
  // 城关镇 stays: the user's item names it.
  expect(after.units.map((u) => u.id).sort()).toEqual(['城关镇', '本单位信息科']);
  expect((await repos.notes.list()).map((n) => n.text)).toEqual(['我自己的便签']);
  expect(await repos.settings.get('ourUnit', null)).toBeNull();
  expect(await repos.settings.get('scheme', null)).toBeNull();
  expect(await demo.state()).toBe('none');
});

it('keeps settings the user had chosen before loading the demo', async () => {
  const opened = openTestDb();
  db = opened.db;
  await opened.repos.settings.set('scheme', 'quzhou');
  const demo = createDemoData(opened.db, opened.repos);
  await demo.load(generateDemo({ today: '2026-11-26' }));
  expect(await opened.repos.settings.get('scheme', null)).toBe('quzhou');
  await demo.remove();
  expect(await opened.repos.settings.get('scheme', null)).toBe('quzhou');
});
