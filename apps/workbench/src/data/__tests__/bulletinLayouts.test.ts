import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '@caibian/core';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../backup.ts';
import { createRepositories } from '../createRepositories.ts';
import { CaibianDb } from '../db.ts';
import { upgradeTables } from '../migrations.ts';
import type { IssueLayout } from '../rows.ts';
import { type DatabaseFixture, materialiseFixture } from './materialiseFixture.ts';
import { deletedAfterEach } from './testDb.ts';

const { open: setup, track } = deletedAfterEach();

/** A layout as the issue page saves it. */
function layout(overrides: Partial<IssueLayout> = {}): IssueLayout {
  return {
    editor: '宣汉县人民政府办公室',
    date: '2024-03-05',
    secrecy: '内部资料',
    to: { 报: ['市政府办公室'], 送: ['县委办公室'], 发: ['各乡镇'] },
    copies: 45,
    ...overrides,
  };
}

const v2 = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '__fixtures__', 'caibian-v2.json'), 'utf8'),
) as DatabaseFixture;

/**
 * The schema-2 fixture with issue layouts kept in settings, as version 2 kept them: a full one for 通讯/2024/1,
 * one with only some fields for 报阅/2024/12, and one whose issue was deleted.
 */
function v2WithIssueSettings(): DatabaseFixture {
  const settings = [
    ...(v2.rows.settings ?? []),
    { key: 'bulletins.issue.通讯/2024/1', value: layout() },
    { key: 'bulletins.issue.报阅/2024/12', value: { secrecy: '秘密', to: { 发: ['各部门'] } } },
    { key: 'bulletins.issue.督查专报/2023/9', value: layout({ editor: '已删除的一期' }) },
  ];
  return { ...v2, rows: { ...v2.rows, settings } };
}

/** What the issues of {@link v2WithIssueSettings} hold once upgraded. */
const UPGRADED_LAYOUTS = {
  '通讯/2024/1': layout(),
  // Missing fields as the page showed them: the last-used editor, recipients and copies; the day it was created.
  '报阅/2024/12': {
    editor: '宣汉县人民政府办公室',
    date: '2024-03-01',
    secrecy: '秘密',
    to: { 报: ['市政府办公室'], 送: [], 发: ['各部门'] },
    copies: 40,
  },
};

const settingKeys = (rows: unknown[]) => rows.map((row) => (row as { key: string }).key).sort();
const OFFICE_SETTINGS = ['bulletins.defaults', 'bulletins.names', 'office'];

describe("an issue's layout", () => {
  it('is saved with the issue and read back with it', async () => {
    const { repos } = setup();
    const issue = await repos.bulletins.create({ name: '通讯', year: 2024 });
    expect(issue.layout).toBeUndefined();
    const saved = await repos.bulletins.setLayout(issue.id, layout());
    expect(saved.layout).toEqual(layout());
    expect((await repos.bulletins.get(issue.id))?.layout).toEqual(layout());
    expect((await repos.bulletins.list('通讯'))[0]?.layout).toEqual(layout());

    // Editing the items or the status keeps the layout.
    await repos.bulletins.update(issue.id, { status: '已印发', issuedAt: '2024-03-06T00:00:00.000Z' });
    expect((await repos.bulletins.get(issue.id))?.layout).toEqual(layout());
    expect(await repos.settings.all()).toEqual({});
  });

  it('goes with the issue when the issue is deleted, leaving nothing in settings', async () => {
    const { repos } = setup();
    const issue = await repos.bulletins.create({ name: '报阅', year: 2024 });
    await repos.bulletins.setLayout(issue.id, layout());
    await repos.bulletins.remove(issue.id);
    expect(await repos.bulletins.get(issue.id)).toBeUndefined();
    expect(await repos.settings.all()).toEqual({});

    // The next issue takes the same 期号 and starts without the deleted one's layout.
    const next = await repos.bulletins.create({ name: '报阅', year: 2024 });
    expect(next.id).toBe(issue.id);
    expect(next.layout).toBeUndefined();
  });

  it('cannot be set on an issue that does not exist', async () => {
    const { repos } = setup();
    await expect(repos.bulletins.setLayout('通讯/2024/9', layout())).rejects.toThrow('期刊“通讯/2024/9”不存在');
  });
});

describe('a schema-2 database with layouts in settings', () => {
  async function openUpgraded() {
    const factory = new IDBFactory();
    await materialiseFixture(factory, 'caibian', v2WithIssueSettings());
    const db = new CaibianDb('caibian', { indexedDB: factory, IDBKeyRange });
    track(db);
    await db.open();
    return { db, repos: createRepositories(db) };
  }

  it('opens with each layout in its issue and no bulletins.issue.* setting left', async () => {
    const { db, repos } = await openUpgraded();
    expect(db.verno).toBe(3);
    expect((await repos.bulletins.get('通讯/2024/1'))?.layout).toEqual(UPGRADED_LAYOUTS['通讯/2024/1']);
    expect((await repos.bulletins.get('报阅/2024/12'))?.layout).toEqual(UPGRADED_LAYOUTS['报阅/2024/12']);
    expect(await repos.bulletins.get('督查专报/2023/9')).toBeUndefined();
    expect(settingKeys(await db.settings.toArray())).toEqual(OFFICE_SETTINGS);

    // Everything else of the issues is as it was.
    const before = (v2.rows.bulletins ?? []) as { id: string }[];
    const after = await db.bulletins.toArray();
    expect(after.map(({ layout: _, ...rest }) => rest)).toEqual(before);
    expect(await repos.settings.get('bulletins.defaults', null)).toEqual(
      (v2.rows.settings as { key: string; value: unknown }[]).find((s) => s.key === 'bulletins.defaults')?.value,
    );
  });

  it('gives the same rows as restoring a backup of it (the shared upgrade step)', async () => {
    const { db } = await openUpgraded();
    const fromBackup = upgradeTables(v2WithIssueSettings().rows, 2);
    expect(await db.bulletins.toArray()).toEqual(fromBackup.bulletins);
    expect(await db.settings.toArray()).toEqual(fromBackup.settings);
  });
});

describe('a backup', () => {
  it('made at schema version 2 restores with the layouts moved into the issues', async () => {
    const { repos, db } = setup();
    await repos.settings.set('bulletins.issue.报阅/2024/12', layout({ editor: '恢复前的设置' }));
    const file = {
      format: 'caibian-backup',
      version: 1,
      schemaVersion: 2,
      exportedAt: '2024-03-06T00:00:00.000Z',
      tables: v2WithIssueSettings().rows,
    };
    const result = await repos.backup.restore(JSON.stringify(file));
    expect(result.ok && result.value.bulletins).toBe(2);
    expect((await repos.bulletins.get('通讯/2024/1'))?.layout).toEqual(UPGRADED_LAYOUTS['通讯/2024/1']);
    expect((await repos.bulletins.get('报阅/2024/12'))?.layout).toEqual(UPGRADED_LAYOUTS['报阅/2024/12']);
    expect(settingKeys(await db.settings.toArray())).toEqual(OFFICE_SETTINGS);
    expect((await repos.notes.list()).map((n) => n.id)).toEqual([5, 2, 1]);
  });

  it('keeps the layouts across export and restore', async () => {
    const { repos, db } = setup();
    const issue = await repos.bulletins.create({ name: '通讯', year: 2024 });
    await repos.bulletins.setLayout(issue.id, layout());
    const text = await (await exportBackup(db)).text();
    await repos.bulletins.remove(issue.id);
    expect((await repos.backup.restore(text)).ok).toBe(true);
    expect((await repos.bulletins.get(issue.id))?.layout).toEqual(layout());
  });

  it('with a malformed layout is refused, naming each bad field, and writes nothing', async () => {
    const { repos, db } = setup();
    const issue = await repos.bulletins.create({ name: '通讯', year: 2024 });
    await repos.bulletins.setLayout(issue.id, layout());
    const file = JSON.parse(await (await exportBackup(db)).text());
    file.tables.bulletins[0].layout.copies = 0;
    file.tables.bulletins[0].layout.secrecy = '公开';
    file.tables.bulletins[0].layout.to.报 = '市政府办公室';
    delete file.tables.bulletins[0].layout.editor;
    await repos.bulletins.setLayout(issue.id, layout({ editor: '恢复前' }));

    const result = await repos.backup.restore(JSON.stringify(file));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      '$.tables.bulletins[0].layout.editor：缺少必填字段',
      '$.tables.bulletins[0].layout.secrecy：应为以下之一：无、内部资料、秘密、机密、绝密',
      '$.tables.bulletins[0].layout.to.报：应为数组',
      '$.tables.bulletins[0].layout.copies：应为不小于 1 的整数',
    ]);
    expect((await repos.bulletins.get(issue.id))?.layout).toEqual(layout({ editor: '恢复前' }));

    file.tables.bulletins[0].layout = '宣汉县人民政府办公室';
    const again = await repos.backup.restore(JSON.stringify(file));
    expect(again.ok ? [] : again.problems.map(formatProblem)).toEqual(['$.tables.bulletins[0].layout：应为对象']);
  });
});
