import { itemId } from '@caibian/core';
import { textToBriefing } from '@caibian/editor';
import { describe, expect, it } from 'vitest';
import { draftItem } from '../../data/__tests__/testDb.ts';
import type { DraftRow, ItemRow, VersionRow } from '../../data/rows.ts';
import { briefingVersions, copyOfItem, openSession } from './editorSession.ts';
import { newItemMeta } from './itemMeta.ts';

const A1 = itemId('A1');
const fresh = newItemMeta('海州区', '2024-03-05');

function stored(revision: number, updatedAt: string, body = '已保存的正文'): ItemRow {
  const item = draftItem('A1', { body });
  return {
    id: A1,
    item,
    status: '草稿',
    comments: [],
    revision,
    updatedAt,
    unitIds: [],
    category: '',
    date: '',
    editorState: JSON.stringify(textToBriefing(item.title, body)),
  };
}

function draft(baseRevision: number, savedAt: string, body = '草稿正文'): DraftRow {
  return {
    itemId: A1,
    editorState: JSON.stringify(textToBriefing('草稿标题', body)),
    item: draftItem('A1', { title: '草稿标题', body }),
    baseRevision,
    savedAt,
  };
}

describe('openSession', () => {
  it('opens a signed-off item as stored, never restoring an autosaved draft over what was signed', () => {
    const signed: ItemRow = { ...stored(3, '2024-03-05T08:00:00.000Z'), status: '已签发' };
    const session = openSession(A1, signed, draft(2, '2024-03-05T09:00:00.000Z'), fresh);
    expect(session.restored).toBe(false);
    expect(session.initialState?.title).toBe('关于A1的信息');
    expect(session.baseRevision).toBe(3);
  });

  it('starts a new item empty, with the fresh metadata and revision 0', () => {
    const session = openSession(A1, undefined, undefined, fresh);
    expect(session).toMatchObject({ initialState: undefined, meta: fresh, baseRevision: 0, restored: false });
  });

  it('restores the draft of an item never saved (a reload while typing)', () => {
    const session = openSession(A1, undefined, draft(0, '2024-03-05T08:00:00.000Z'), fresh);
    expect(session.restored).toBe(true);
    expect(session.initialState?.title).toBe('草稿标题');
    expect(session.draftSavedAt).toBe('2024-03-05T08:00:00.000Z');
  });

  it('restores a draft saved after the item, keeping the revision it started from', () => {
    const session = openSession(A1, stored(2, '2024-03-05T08:00:00.000Z'), draft(2, '2024-03-05T08:01:00.000Z'), fresh);
    expect(session).toMatchObject({ restored: true, baseRevision: 2, staleDraft: false });
  });

  it('flags a restored draft that started from an older revision (another tab saved since)', () => {
    const session = openSession(A1, stored(3, '2024-03-05T08:00:00.000Z'), draft(2, '2024-03-05T08:01:00.000Z'), fresh);
    expect(session).toMatchObject({ restored: true, baseRevision: 2, staleDraft: true });
  });

  it('ignores a draft older than the saved item and opens what was saved', () => {
    const session = openSession(A1, stored(3, '2024-03-05T09:00:00.000Z'), draft(2, '2024-03-05T08:01:00.000Z'), fresh);
    expect(session).toMatchObject({ restored: false, baseRevision: 3 });
    expect(session.initialState?.title).toBe('关于A1的信息');
  });

  it('does not claim to restore a draft that equals what was saved', () => {
    const row = stored(1, '2024-03-05T08:00:00.000Z');
    const same: DraftRow = {
      itemId: A1,
      editorState: row.editorState as string,
      item: row.item,
      baseRevision: 1,
      savedAt: '2024-03-05T08:00:01.000Z',
    };
    expect(openSession(A1, row, same, fresh).restored).toBe(false);
  });

  it('builds the editor state of an imported item from its plain text', () => {
    const { editorState: _, ...imported } = stored(1, '2024-03-05T08:00:00.000Z', '第一段\n\n第二段');
    const session = openSession(A1, imported, undefined, fresh);
    expect(session.initialState?.title).toBe('关于A1的信息');
    expect(session.initialState?.lexical.root.children).toHaveLength(2);
  });
});

describe('briefingVersions', () => {
  it('lists versions oldest first, labelled with revision and why they were saved', () => {
    const version = (id: number, revision: number, note: string): VersionRow => ({
      id,
      itemId: A1,
      revision,
      savedAt: '2024-03-05T08:00:00.000Z',
      item: draftItem('A1'),
      status: '草稿',
      note,
    });
    const list = briefingVersions([version(7, 2, '送审'), version(3, 1, '保存')]);
    expect(list.map((v) => [v.id, v.label])).toEqual([
      ['3', '第1版 保存'],
      ['7', '第2版 送审'],
    ]);
    expect(list[0]?.state.title).toBe('关于A1的信息');
  });
});

describe('copyOfItem', () => {
  it('gives the copy a new id and marks its title', () => {
    const copy = copyOfItem(draftItem('A1', { title: '标题' }), itemId('B2'));
    expect([copy.id, copy.title]).toEqual(['B2', '标题（副本）']);
  });
});
