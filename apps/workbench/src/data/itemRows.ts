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

/** Actions that move an item through the workflow. */
export type ItemAction = '送审' | '退改' | '签发' | '报送';

/** From which statuses each action may start, and where it leads. */
export const TRANSITIONS: Readonly<Record<ItemAction, { from: readonly ItemStatus[]; to: ItemStatus }>> = {
  送审: { from: ['草稿', '退改'], to: '审核中' },
  退改: { from: ['审核中'], to: '退改' },
  签发: { from: ['审核中'], to: '已签发' },
  报送: { from: ['已签发', '已报送'], to: '已报送' },
};

/** The status an imported item starts in: 已报送 when it was routed, 已签发 when signed, else 草稿. */
export function importedStatus(item: Item, routed: boolean): ItemStatus {
  if (routed) return '已报送';
  return item.signed ? '已签发' : '草稿';
}
