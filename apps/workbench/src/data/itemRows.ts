import type { Item } from '@caibian/core';
import type { ItemHead, ItemRow, ItemStatus, ReviewComment } from './rows.ts';

/** The workflow fields of an item row (everything but the item and the index fields). */
export interface ItemWorkflow {
  status: ItemStatus;
  comments: ReviewComment[];
  editorState?: string;
  revision: number;
  updatedAt: string;
}

/** Builds an item row, deriving the index fields from the item. */
export function toItemRow(item: Item, workflow: ItemWorkflow): ItemRow {
  const row: ItemRow = {
    id: item.id,
    item,
    status: workflow.status,
    comments: workflow.comments,
    revision: workflow.revision,
    updatedAt: workflow.updatedAt,
    unitIds: [...new Set(item.units.map((u) => u.unitId))],
    category: item.category ?? '',
    date: item.signed ?? item.drafted ?? '',
  };
  if (workflow.editorState !== undefined) row.editorState = workflow.editorState;
  return row;
}

/** The head of an item: everything scoring needs, without the body. */
export function headOf(item: Item): ItemHead {
  const { body: _body, ...head } = item;
  return head;
}

/**
 * Actions that move an item through the workflow. 撤回签发 is the section chief taking a sign-off back
 * before the item is sent (报送), to correct it: the item returns to 退改 with the reason as a comment.
 */
export type ItemAction = '送审' | '退改' | '签发' | '报送' | '撤回签发';

/** From which statuses each action may start, and where it leads. */
export const TRANSITIONS: Readonly<Record<ItemAction, { from: readonly ItemStatus[]; to: ItemStatus }>> = {
  送审: { from: ['草稿', '退改'], to: '审核中' },
  退改: { from: ['审核中'], to: '退改' },
  签发: { from: ['审核中'], to: '已签发' },
  报送: { from: ['已签发', '已报送'], to: '已报送' },
  撤回签发: { from: ['已签发'], to: '退改' },
};

/** Statuses whose text and metadata are locked: what was signed off is what stays stored. */
export const LOCKED_STATUSES: readonly ItemStatus[] = ['已签发', '已报送'];

/** Why an item cannot be edited, in Chinese: a short title and what to do instead. */
export interface ItemLock {
  readonly status: ItemStatus;
  /** E.g. 已签发，正文已锁定. */
  readonly title: string;
  /** Who signed and when (when known), and how a correction is made. */
  readonly detail: string;
}

/** The lock of an item row, or null when its text may still be edited (草稿, 审核中, 退改). */
export function lockOf(row: Pick<ItemRow, 'status' | 'item'>): ItemLock | null {
  if (!LOCKED_STATUSES.includes(row.status)) return null;
  const { signer, signed } = row.item;
  const who = signer ? `${signer}${signed ? `于${signed}` : ''}签发。` : signed ? `${signed}签发。` : '';
  if (row.status === '已签发') {
    return {
      status: row.status,
      title: '已签发，正文已锁定',
      detail: `${who}签发后的正文和稿件信息不能再修改；如需修改，请由科长“撤回签发”后再改。`,
    };
  }
  return {
    status: row.status,
    title: '已报送，正文已锁定',
    detail: `${who}已报送（含已采用）的稿件不能再修改；如需更正，请另起新稿报送。`,
  };
}

/** The status an imported item starts in: 已报送 when it was routed, 已签发 when signed, else 草稿. */
export function importedStatus(item: Item, routed: boolean): ItemStatus {
  if (routed) return '已报送';
  return item.signed ? '已签发' : '草稿';
}
