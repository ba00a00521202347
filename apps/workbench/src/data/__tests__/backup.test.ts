import { formatProblem, itemId } from '@caibian/core';
import { describe, expect, it } from 'vitest';
import { exportBackup, readBackup } from '../backup.ts';
import type { Repositories } from '../createRepositories.ts';
import type { CaibianDb } from '../db.ts';
import { TABLE_NAMES } from '../schema.ts';
import { deletedAfterEach, draftItem, smallRecordSet } from './testDb.ts';

const { open: setup } = deletedAfterEach();

/** Puts at least one row in every table, through the repositories. */
async function fillEveryTable(repos: Repositories) {
  await repos.notes.add('备份前的便签');
  const set = smallRecordSet();
  set.commissions = [
    {
      id: 'Y-1' as never,
      topic: '一季度经验',
      unitIds: [set.units[0]?.id as never],
      due: '2024-03-08' as never,
      fulfilments: [],
    },
  ];
  set.urgentEvents = [
    {
      id: 'E-1' as never,
      title: '某镇道路塌陷',
      grade: '一般',
      unitId: set.units[0]?.id as never,
      occurredAt: '2024-03-01T08:00' as never,
      receivedAt: '2024-03-01T08:20' as never,
      reports: [{ stage: '初报', channel: '电话', at: '2024-03-01T08:40' as never }],
    },
  ];
  await repos.records.importRecordSet(set);
  const id = itemId('B-1');
  await repos.items.save(draftItem('B-1', { title: '<script>alert(1)</script>标题' }), {
    baseRevision: 0,
    editorState: '{"root":{}}',
  });
  await repos.items.transition(id, '送审', { at: '2024-03-04T09:00' });
  await repos.items.transition(id, '退改', { at: '2024-03-04T10:00', by: '科长', comment: '补充数据' });
  const removed = await repos.records.add('adoptions', {
    itemId: id,
    level: '省',
    publication: '每日要情',
    date: '2024-03-06' as never,
  });
  await repos.records.add('adoptions', {
    itemId: id,
    level: '市',
    publication: '政务信息',
    date: '2024-03-07' as never,
  });
  await repos.records.remove(removed);
  await repos.drafts.put({ itemId: id, editorState: '{"root":{"typing":true}}', baseRevision: 3 });
  await repos.schemes.save({ id: 'county', name: '县级计分办法', formatVersion: 1, document: { rules: [1, 2] } });
  await repos.bulletins.create({ name: '报阅', year: 2024, itemIds: [id] });
  await repos.materials.add({ kind: '数据', text: '增长6.1%', tags: ['经济'] });
  await repos.settings.set('office', { name: '达州市人民政府办公室' });
}

async function everyTable(db: CaibianDb) {
  return Object.fromEntries(await Promise.all(TABLE_NAMES.map(async (name) => [name, await db.table(name).toArray()])));
}

describe('backup', () => {
  it('round-trips every table exactly: export, clear, restore', async () => {
    const source = setup();
    await fillEveryTable(source.repos);
    const before = await everyTable(source.db);
    for (const name of TABLE_NAMES) expect(before[name], name).not.toHaveLength(0);

    const file = await source.repos.backup.export();
    const text = await file.text();
    expect(JSON.parse(text)).toMatchObject({
      format: 'caibian-backup',
      version: 1,
      schemaVersion: 3,
      exportedAt: '2024-03-05T08:30:00.000Z',
    });

    await Promise.all(TABLE_NAMES.map((name) => source.db.table(name).clear()));
    expect((await source.repos.records.loadRecordSet()).adoptions).toEqual([]);
    const restored = await source.repos.backup.restore(file);
    expect(restored.ok && restored.value.items).toBe(101);
    expect(await everyTable(source.db)).toEqual(before);

    const elsewhere = setup();
    await elsewhere.repos.notes.add('会被恢复覆盖的便签');
    expect((await elsewhere.repos.backup.restore(text)).ok).toBe(true);
    expect(await everyTable(elsewhere.db)).toEqual(before);
  });

  it('names every bad value with its JSON path in Chinese, and writes nothing', async () => {
    const t = setup();
    await fillEveryTable(t.repos);
    const before = await everyTable(t.db);
    const file = JSON.parse(await (await exportBackup(t.db)).text());
    file.tables.items[0].status = '已发布';
    file.tables.recordSegments[0].records[0].level = '乡';
    file.tables.notes[0].text = 42;
    const result = await t.repos.backup.restore(JSON.stringify(file));
    expect(result.ok).toBe(false);
    const lines = result.ok ? [] : result.problems.map(formatProblem);
    expect(lines).toContain('$.tables.notes[0].text：应为文本');
    expect(lines).toContain('$.tables.items[0].status：应为以下之一：草稿、审核中、退改、已签发、已报送');
    // Core records are validated only once the rows themselves are well-formed.
    file.tables.notes[0].text = '便签';
    file.tables.items[0].status = '草稿';
    const again = await t.repos.backup.restore(JSON.stringify(file));
    const paths = again.ok ? [] : again.problems.map((p) => formatProblem(p).split('：')[0]);
    expect(paths).toEqual(['$.tables.recordSegments[0].records[0].level']);
    expect(await everyTable(t.db)).toEqual(before);
  });

  it('refuses what is not a backup, a newer format or a newer database, in Chinese', async () => {
    const message = async (text: string) => {
      const r = await readBackup(text);
      return r.ok ? '' : r.problems.map(formatProblem).join('\n');
    };
    expect(await message('{')).toContain('文件不是有效的 JSON');
    expect(await message('{"format":"other"}')).toContain('这不是采编台的备份文件');
    expect(await message('{"format":"caibian-backup","version":9,"schemaVersion":2,"tables":{}}')).toContain(
      '不支持的备份格式版本 9',
    );
    expect(await message('{"format":"caibian-backup","version":1,"schemaVersion":4,"tables":{}}')).toContain(
      '请升级采编台后再恢复',
    );
  });

  it('keeps loading a backup made at schema version 1 (notes only)', async () => {
    const t = setup();
    await t.repos.items.save(draftItem('OLD-1'), { baseRevision: 0 });
    const old = {
      format: 'caibian-backup',
      version: 1,
      schemaVersion: 1,
      exportedAt: '2024-01-01T00:00:00.000Z',
      tables: { notes: [{ id: 3, text: '旧版本的便签', createdAt: '2023-12-30T00:00:00.000Z' }] },
    };
    const result = await t.repos.backup.restore(JSON.stringify(old));
    expect(result.ok && result.value.notes).toBe(1);
    expect((await t.repos.notes.list()).map((n) => n.text)).toEqual(['旧版本的便签']);
    expect(await t.repos.items.get(itemId('OLD-1'))).toBeUndefined();
  });
});
