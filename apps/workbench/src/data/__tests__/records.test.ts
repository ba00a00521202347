import { itemId } from '@caibian/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaibianDb } from '../db.ts';
import type { ImportProgress } from '../importRecordSet.ts';
import { RECORD_KINDS } from '../rows.ts';
import { SEGMENT_COUNT } from '../schema.ts';
import { byItem, openTestDb, smallRecordSet } from './testDb.ts';

let db: CaibianDb | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('importRecordSet and loadRecordSet', () => {
  it('gives back every record, each item keeping its records in order, with progress up to the total', async () => {
    const t = openTestDb();
    db = t.db;
    const set = smallRecordSet();
    const progress: ImportProgress[] = [];
    const summary = await t.repos.records.importRecordSet(set, (p) => progress.push(p));

    expect(summary.added).toEqual({ routes: 100, adoptions: 300, instructions: 50, penalties: 2 });
    const total = 2 + 100 + 100 + 300 + 50 + 2;
    expect(progress.at(-1)).toEqual({ phase: 'done', done: total, total });
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));

    const loaded = await t.repos.records.loadRecordSet();
    expect(loaded.units).toEqual(set.units);
    expect(loaded.items.map((i) => i.id).sort()).toEqual(set.items.map((i) => i.id).sort());
    expect(loaded.items.every((i) => i.body === undefined)).toBe(true);
    for (const kind of RECORD_KINDS) expect(byItem(loaded[kind])).toEqual(byItem(set[kind]));
    const rows = await db.recordSegments.toArray();
    expect(rows.every((row) => row.segment < SEGMENT_COUNT && row.records.length === row.seqs.length)).toBe(true);
  });

  it('does not count an adoption twice when the same records are imported again', async () => {
    const t = openTestDb();
    db = t.db;
    const set = smallRecordSet();
    await t.repos.records.importRecordSet(set);
    const again = await t.repos.records.importRecordSet(set);
    expect(again.added).toEqual({ routes: 0, adoptions: 0, instructions: 0, penalties: 0 });
    expect(again.skipped.adoptions).toBe(300);
    expect((await t.repos.records.loadRecordSet()).adoptions).toHaveLength(300);
  });

  it('writes nothing when an import fails part way (one transaction)', async () => {
    const t = openTestDb();
    db = t.db;
    await t.repos.units.put([{ id: '达川区' as never, name: '达川区' }]);
    const set = smallRecordSet();
    const broken = { ...set, instructions: [...set.instructions, { itemId: undefined } as never] };
    await expect(t.repos.records.importRecordSet(broken)).rejects.toThrow();
    expect(await db.items.count()).toBe(0);
    expect(await db.recordSegments.count()).toBe(0);
    expect((await t.repos.units.list()).map((u) => u.id)).toEqual(['达川区']);
  });

  it('imported items start as 已报送 when routed and keep their workflow on re-import', async () => {
    const t = openTestDb();
    db = t.db;
    const set = smallRecordSet();
    await t.repos.records.importRecordSet(set);
    const id = (set.items[0] as { id: string }).id;
    expect((await t.repos.items.get(id as never))?.status).toBe('已报送');
    await db.items.update(id, { comments: [{ at: '2024-03-01T00:00:00Z', text: '请补充数据' }] });
    await t.repos.records.importRecordSet(set);
    const row = await t.repos.items.get(id as never);
    expect(row?.comments).toHaveLength(1);
    expect(row?.status).toBe('已报送');
  });

  it('keeps the stored content of a signed-off item on re-import and imports its records', async () => {
    const t = openTestDb();
    db = t.db;
    const all = smallRecordSet();
    const draft = all.items[1] as { id: string };
    // One item never signed nor sent: it stays a 草稿 and takes the imported content.
    const set = {
      ...all,
      items: all.items.map((item) => {
        if (item.id !== draft.id) return item;
        const { signed: _signed, signer: _signer, ...unsigned } = item;
        return unsigned;
      }),
      routes: all.routes.filter((r) => r.itemId !== draft.id),
    };
    await t.repos.records.importRecordSet(set);
    const sent = set.items[0] as { id: string };
    const before = await t.repos.items.get(sent.id as never);
    expect(before?.status).toBe('已报送');
    expect((await t.repos.items.get(draft.id as never))?.status).toBe('草稿');

    const edited = {
      ...set,
      items: set.items.map((item) => ({ ...item, title: `${item.title}（改）` })),
      adoptions: [
        ...set.adoptions,
        { itemId: sent.id as never, level: '省' as const, publication: '信息简报', date: '2024-06-01' as never },
      ],
    };
    const summary = await t.repos.records.importRecordSet(edited);
    expect(summary.kept).toBe(set.items.filter((item) => set.routes.some((r) => r.itemId === item.id)).length);
    expect(summary.added.adoptions).toBe(1);
    const after = await t.repos.items.get(sent.id as never);
    expect(after?.item.title).toBe(before?.item.title);
    expect(after?.revision).toBe(before?.revision);
    expect((await t.repos.items.get(draft.id as never))?.item.title).toMatch(/（改）$/);
    // Scoring reads the heads: the signed item's head keeps the stored title too.
    const loaded = await t.repos.records.loadRecordSet();
    expect(loaded.items.find((item) => item.id === sent.id)?.title).toBe(before?.item.title);
    expect(loaded.items.find((item) => item.id === draft.id)?.title).toMatch(/（改）$/);
  });
});

describe('editing records', () => {
  it('adds, updates, moves and removes records by key, one item at a time', async () => {
    const t = openTestDb();
    db = t.db;
    const a = itemId('A-1');
    const b = itemId('B-2');
    const key = await t.repos.records.add('adoptions', {
      itemId: a,
      level: '市',
      publication: '政务信息',
      date: '2024-03-01' as never,
    });
    await t.repos.records.add('instructions', {
      itemId: a,
      rank: '市',
      category: '主要领导',
      date: '2024-03-02' as never,
    });
    let records = await t.repos.records.forItem(a);
    expect(records.adoptions.map((r) => r.key)).toEqual([key]);
    expect(records.instructions).toHaveLength(1);

    const same = await t.repos.records.update(key, {
      itemId: a,
      level: '省',
      publication: '每日要情',
      date: '2024-03-01' as never,
    });
    expect(same).toEqual({ ok: true, value: key });
    expect((await t.repos.records.forItem(a)).adoptions[0]?.record.level).toBe('省');

    const moved = await t.repos.records.update(key, {
      itemId: b,
      level: '省',
      publication: '每日要情',
      date: '2024-03-01' as never,
    });
    expect(moved.ok).toBe(true);
    records = await t.repos.records.forItem(a);
    expect(records.adoptions).toEqual([]);
    expect((await t.repos.records.forItem(b)).adoptions).toHaveLength(1);

    if (!moved.ok) throw new Error('unreachable');
    expect(await t.repos.records.remove(moved.value)).toBe(true);
    expect(await t.repos.records.remove(moved.value)).toBe(false);
    const gone = await t.repos.records.update(key, {
      itemId: a,
      level: '市',
      publication: '政务信息',
      date: '2024-03-01' as never,
    });
    expect(gone.ok ? [] : gone.problems.map((p) => p.code)).toEqual(['record_missing']);
    expect((await t.repos.records.loadRecordSet()).adoptions).toEqual([]);
  });

  it('applies a batch all or nothing: a missing record stops every change of the batch', async () => {
    const t = openTestDb();
    db = t.db;
    const a = itemId('A-1');
    const result = await t.repos.records.apply([
      {
        op: 'add',
        kind: 'adoptions',
        record: { itemId: a, level: '市', publication: '政务信息', date: '2024-03-01' as never },
      },
      { op: 'remove', key: 'adoptions/3/99' as never },
    ]);
    expect(result.ok).toBe(false);
    expect((await t.repos.records.forItem(a)).adoptions).toEqual([]);
  });
});
