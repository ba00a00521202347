import type { IsoDate, ItemId } from '@caibian/core';
import type { BulletinIssue } from '@caibian/editor';
import { DEFAULT_BULLETIN_NAMES } from '../../data/bulletinsRepository.ts';
import { issueLayout } from '../../data/issueLayout.ts';
import type { BulletinRow, IssueLayout, ItemRow } from '../../data/rows.ts';

/** Settings key of the bulletins' names (the defaults plus those the user adds). */
export const BULLETIN_NAMES_SETTING = 'bulletins.names';
export { BULLETIN_DEFAULTS_SETTING } from '../../data/issueLayout.ts';
export { ISSUE_SECRECY } from '../../data/rows.ts';

/** The bulletin names offered before the user adds any. */
export const DEFAULT_NAMES: readonly string[] = DEFAULT_BULLETIN_NAMES;

/** The layout fields of an issue (编发单位, date, 密级, 报/送/发, copies), kept in its bulletin row. */
export type IssueMeta = IssueLayout;

/** The meta of an issue: what was stored for it, else the defaults last used, dated `today`. */
export function issueMeta(stored: unknown, defaults: unknown, today: IsoDate): IssueMeta {
  return issueLayout(stored, defaults, today);
}

/**
 * The 期号 as printed: 〔2024〕第12期.
 *
 * @example
 * issueNumberText(2024, 12); // '〔2024〕第12期'
 */
export function issueNumberText(year: number, number: number): string {
  return `〔${year}〕第${number}期`;
}

/** The file name of an issue's Word export: `通讯〔2024〕第12期.docx`. */
export function docxFileName(row: Pick<BulletinRow, 'name' | 'year' | 'number'>): string {
  return `${row.name}${issueNumberText(row.year, row.number)}.docx`.replace(/[\\/:*?"<>|]/g, '_');
}

/**
 * A bulletin name as typed, cleaned: without 《》 and surrounding spaces; `null` when empty or already listed.
 *
 * @example
 * cleanBulletinName(' 《每日要情》 ', ['通讯']); // '每日要情'
 */
export function cleanBulletinName(typed: string, existing: readonly string[]): string | null {
  const name = typed.trim().replace(/^《/, '').replace(/》$/, '').trim();
  return name === '' || existing.includes(name) ? null : name;
}

/** Recipients as typed (separated by 、，, ; or spaces) → one name per entry. */
export function splitRecipients(text: string): string[] {
  return text
    .split(/[、，,；;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** `ids` with the entry at `index` moved by `delta` places (clamped); the same array when it cannot move. */
export function moveItem<T>(ids: readonly T[], index: number, delta: number): T[] {
  const to = Math.max(0, Math.min(ids.length - 1, index + delta));
  if (to === index || index < 0 || index >= ids.length) return [...ids];
  const next = [...ids];
  const [moved] = next.splice(index, 1);
  next.splice(to, 0, moved as T);
  return next;
}

const SECRET = ['秘密', '机密', '绝密'] as const;

/**
 * Why exporting or printing the issue needs a second thought: an item marked 秘密/机密/绝密, an item whose title or
 * body contains 内部资料, or the issue itself marked. Empty when nothing is sensitive.
 */
export function secrecyWarnings(rows: readonly ItemRow[], bodyOf: (row: ItemRow) => string, meta: IssueMeta): string[] {
  const out: string[] = [];
  if (meta.secrecy !== '无') out.push(`本期标注密级“${meta.secrecy}”`);
  for (const row of rows) {
    const secrecy = row.item.secrecy;
    if ((SECRET as readonly string[]).includes(secrecy)) out.push(`《${row.item.title}》标为“${secrecy}”`);
    if (`${row.item.title}\n${bodyOf(row)}`.includes('内部资料')) out.push(`《${row.item.title}》含“内部资料”字样`);
  }
  return out;
}

/**
 * The issue in the editor package's {@link BulletinIssue} shape (what `bulletinToDocx` and the print view read).
 */
export function toBulletinIssue(
  row: Pick<BulletinRow, 'name' | 'year' | 'number'>,
  meta: IssueMeta,
  items: readonly { title: string; body: string; unit: string | null }[],
): BulletinIssue {
  return {
    name: row.name,
    number: issueNumberText(row.year, row.number),
    editor: meta.editor.trim() || '（编发单位）',
    date: meta.date as IsoDate,
    secrecy: meta.secrecy === '无' ? null : meta.secrecy,
    items,
    to: meta.to,
    copies: meta.copies > 0 ? Math.floor(meta.copies) : 1,
  };
}

/** The item ids of `row` that are not among `available` (removed since they were picked). */
export function missingItems(row: Pick<BulletinRow, 'itemIds'>, available: ReadonlySet<ItemId>): ItemId[] {
  return row.itemIds.filter((id) => !available.has(id));
}
