import type { Route } from '@caibian/core';
import { type Category, fail, type Item, type ItemId, ok, type Problem, type Result, type UnitId } from '@caibian/core';
import type { Collection } from 'dexie';
import type { CaibianDb } from './db.ts';
import { putHeads } from './importRecordSet.ts';
import { type ItemAction, type ItemWorkflow, lockOf, TRANSITIONS, toItemRow } from './itemRows.ts';
import { applyRecordChanges } from './recordsRepository.ts';
import type { ItemHeadSegmentRow, ItemRow, ItemStatus, SegmentRow } from './rows.ts';
import { RECORD_KINDS } from './rows.ts';
import { segmentOf } from './segments.ts';

/** Filters of the item list (稿件); every given filter must match. Dates are inclusive `YYYY-MM-DD`. */
export interface ItemFilter {
  status?: ItemStatus;
  category?: Category;
  unitId?: UnitId;
  from?: string;
  to?: string;
}

/** A page of the item list, newest first (by `signed ?? drafted`, then id), and how many match in all. */
export interface ItemPage {
  rows: ItemRow[];
  total: number;
}

/** What a workflow step needs: who and when, a comment for 退改 and 撤回签发, the signer for 签发, routes for 报送. */
export interface TransitionInput {
  at: string;
  by?: string;
  comment?: string;
  signer?: string;
  /** For 报送: the item's routes (to chosen offices and levels), written in the same transaction. */
  routes?: Route[];
}

/** Reads and writes items (稿件); components reach items only through this. */
export interface ItemsRepository {
  /** One page of the items matching `filter`, using an index for the most selective filter. */
  list(filter?: ItemFilter, page?: { offset: number; limit: number }): Promise<ItemPage>;
  get(id: ItemId): Promise<ItemRow | undefined>;
  /**
   * Saves an item's content (and editor state) as a new revision, records a version and clears its
   * autosave draft, in one transaction. `baseRevision` is the revision the editor started from (0 for a
   * new item); when the stored item has moved on (another tab saved), nothing is written and a
   * `revision_conflict` problem is returned. A signed-off item (已签发, 已报送) is never overwritten: a
   * `locked` problem naming its status is returned (撤回签发 first).
   */
  save(item: Item, options: SaveOptions): Promise<Result<ItemRow, Problem>>;
  /**
   * Moves an item through 送审 / 退改 / 签发 / 报送 / 撤回签发; a step not allowed from its status is a problem.
   * 撤回签发 needs a reason (`comment`) and clears the sign-off date.
   */
  transition(id: ItemId, action: ItemAction, input: TransitionInput): Promise<Result<ItemRow, Problem>>;
  /**
   * Saves the item (as {@link ItemsRepository.save}) and moves it by `action` (as
   * {@link ItemsRepository.transition}) in ONE transaction: when either is refused, neither is written.
   *
   * @example
   * const moved = await items.saveAndTransition(item, { baseRevision: 2, editorState }, '送审', { at, by });
   */
  saveAndTransition(
    item: Item,
    options: SaveOptions,
    action: ItemAction,
    input: TransitionInput,
  ): Promise<Result<ItemRow, Problem>>;
  /** Removes an item with its records, draft and versions, in one transaction. */
  remove(id: ItemId): Promise<void>;
}

/** How {@link ItemsRepository.save} writes: the revision the editor started from, its state, a version note. */
export interface SaveOptions {
  baseRevision: number;
  editorState?: string;
  /** The version's note. Default: 保存. */
  note?: string;
}

const ORDER_MAX = '\uffff';

/** Thrown inside a transaction to roll it back; carries the problems to return. */
class Refused extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super('refused');
  }
}

/** An {@link ItemsRepository} over `db`, stamping changes with `now()`. */
export function createItemsRepository(db: CaibianDb, now: () => Date = () => new Date()): ItemsRepository {
  const writeTables = [db.items, db.itemHeads, db.itemVersions, db.drafts, db.recordSegments];

  async function write(row: ItemRow, note: string): Promise<void> {
    await db.items.put(row);
    await putHeads(db, [row.item]);
    const version = {
      itemId: row.id,
      revision: row.revision,
      savedAt: row.updatedAt,
      item: row.item,
      status: row.status,
      note,
    };
    await db.itemVersions.add(row.editorState === undefined ? version : { ...version, editorState: row.editorState });
  }

  /** The save, inside a transaction over `writeTables`. */
  async function saveIn(
    item: Item,
    { baseRevision, editorState, note }: SaveOptions,
  ): Promise<Result<ItemRow, Problem>> {
    const old = await db.items.get(item.id);
    const lock = old ? lockOf(old) : null;
    if (lock) return fail([locked(item.id, lock.status)]);
    const current = old?.revision ?? 0;
    if (current !== baseRevision) return fail([conflict(item.id, current)]);
    const workflow: ItemWorkflow = old
      ? { ...old, revision: current + 1, updatedAt: now().toISOString() }
      : { status: '草稿', comments: [], revision: 1, updatedAt: now().toISOString() };
    if (editorState !== undefined) workflow.editorState = editorState;
    const row = toItemRow(item, workflow);
    await write(row, note ?? '保存');
    await db.drafts.delete(item.id);
    return ok(row);
  }

  /** The workflow step, inside a transaction over `writeTables`. */
  async function transitionIn(
    id: ItemId,
    action: ItemAction,
    input: TransitionInput,
  ): Promise<Result<ItemRow, Problem>> {
    const old = await db.items.get(id);
    if (!old) return fail([{ code: 'item_missing', message: `稿件“${id}”不存在`, path: [] }]);
    const rule = TRANSITIONS[action];
    if (!rule.from.includes(old.status)) {
      return fail([
        { code: 'bad_transition', message: `稿件当前状态为“${old.status}”，不能${action}`, path: ['status'] },
      ]);
    }
    if (action === '退改' && !input.comment?.trim()) {
      return fail([{ code: 'comment_required', message: '退改时请填写修改意见', path: ['comment'] }]);
    }
    if (action === '撤回签发' && !input.comment?.trim()) {
      return fail([{ code: 'comment_required', message: '撤回签发时请填写撤回原因', path: ['comment'] }]);
    }
    if (action === '签发' && !input.signer?.trim()) {
      return fail([{ code: 'signer_required', message: '签发时请填写签发人', path: ['signer'] }]);
    }
    if (action === '报送' && !input.routes?.length) {
      return fail([{ code: 'routes_required', message: '报送时请至少选择一个报送对象', path: ['routes'] }]);
    }
    let item: Item = old.item;
    if (action === '签发') {
      item = { ...old.item, signer: input.signer?.trim(), signed: input.at.slice(0, 10) as Item['signed'] };
    } else if (action === '撤回签发') {
      const { signed: _signed, ...unsigned } = old.item;
      item = unsigned;
    }
    const text = input.comment?.trim();
    const comments = text
      ? [...old.comments, { at: input.at, by: input.by, text: action === '撤回签发' ? `撤回签发：${text}` : text }]
      : old.comments;
    const row = toItemRow(item, {
      ...old,
      status: rule.to,
      comments,
      revision: old.revision + 1,
      updatedAt: now().toISOString(),
    });
    if (input.routes?.length) {
      await applyRecordChanges(
        db,
        input.routes.map((route) => ({
          op: 'add' as const,
          kind: 'routes' as const,
          record: { ...route, itemId: id },
        })),
      );
    }
    await write(row, action);
    return ok(row);
  }

  return {
    async list(filter = {}, page = { offset: 0, limit: 50 }) {
      const from = filter.from ?? '';
      const to = filter.to ?? ORDER_MAX;
      const matches = (row: ItemRow) =>
        (!filter.status || row.status === filter.status) &&
        (!filter.category || row.category === filter.category) &&
        (!filter.unitId || row.unitIds.includes(filter.unitId)) &&
        (filter.from === undefined || row.date >= from) &&
        (filter.to === undefined || row.date <= to);
      if (filter.unitId) {
        const rows = (await db.items.where('unitIds').equals(filter.unitId).toArray()).filter(matches);
        rows.sort((a, b) => (a.date === b.date ? (a.id < b.id ? 1 : -1) : a.date < b.date ? 1 : -1));
        return { rows: rows.slice(page.offset, page.offset + page.limit), total: rows.length };
      }
      let collection: Collection<ItemRow, string>;
      if (filter.status)
        collection = db.items.where('[status+date]').between([filter.status, from], [filter.status, to], true, true);
      else if (filter.category)
        collection = db.items
          .where('[category+date]')
          .between([filter.category, from], [filter.category, to], true, true);
      else if (filter.from !== undefined || filter.to !== undefined)
        collection = db.items.where('date').between(from, to, true, true);
      else collection = db.items.orderBy('date');
      if (filter.status && filter.category) collection = collection.filter(matches);
      const total = await collection.count();
      const rows = await collection.reverse().offset(page.offset).limit(page.limit).toArray();
      return { rows, total };
    },
    async get(id) {
      return db.items.get(id);
    },
    // The scopes are `async` functions so that Dexie keeps its transaction zone across their awaits.
    save: (item, options) => db.transaction('rw', writeTables, async () => saveIn(item, options)),
    transition: (id, action, input) => db.transaction('rw', writeTables, async () => transitionIn(id, action, input)),
    async saveAndTransition(item, options, action, input) {
      try {
        return await db.transaction('rw', writeTables, async () => {
          const saved = await saveIn(item, options);
          if (!saved.ok) return saved;
          const moved = await transitionIn(item.id, action, input);
          if (!moved.ok) throw new Refused(moved.problems);
          return moved;
        });
      } catch (error) {
        if (error instanceof Refused) return fail(error.problems);
        throw error;
      }
    },
    async remove(id) {
      await db.transaction('rw', writeTables, async () => {
        const segment = segmentOf(id);
        await db.items.delete(id);
        const heads = await db.itemHeads.get(segment);
        if (heads) {
          const next: ItemHeadSegmentRow = { segment, heads: heads.heads.filter((h) => h.id !== id) };
          await db.itemHeads.put(next);
        }
        const rows = await db.recordSegments.bulkGet(RECORD_KINDS.map((kind) => [kind, segment] as [string, number]));
        const kept = rows
          .filter((row): row is SegmentRow => row !== undefined)
          .map((row) => {
            const keep = row.records.map((r) => (r as { itemId?: string }).itemId !== id);
            return {
              ...row,
              seqs: row.seqs.filter((_, i) => keep[i]),
              records: row.records.filter((_, i) => keep[i]),
            } as SegmentRow;
          });
        await db.recordSegments.bulkPut(kept);
        await db.drafts.delete(id);
        await db.itemVersions
          .where('[itemId+revision]')
          .between([id, 0], [id, Number.MAX_SAFE_INTEGER], true, true)
          .delete();
      });
    },
  };
}

function locked(id: string, status: ItemStatus): Problem {
  const how =
    status === '已签发'
      ? '如需修改，请由科长撤回签发后再改。'
      : '已报送（含已采用）的稿件不能再修改，如需更正请另起新稿报送。';
  return {
    code: 'locked',
    message: `稿件“${id}”${status}，正文和稿件信息已锁定，本次未保存。${how}`,
    path: ['status'],
  };
}

function conflict(id: string, current: number): Problem {
  return {
    code: 'revision_conflict',
    message: `稿件“${id}”已在别处保存过（当前为第${current}版），为避免覆盖他人的修改，本次未保存。请刷新后合并修改再保存。`,
    path: [],
  };
}
