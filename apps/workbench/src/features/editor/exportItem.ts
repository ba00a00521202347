import type { Item } from '@caibian/core';
import { briefingToDocument, DOCX_MIME_TYPE, itemToDocx, type SavedBriefing } from '@caibian/editor';

const MARKINGS = ['绝密', '机密', '秘密', '内部资料'] as const;

/**
 * Why an item must not go to an open channel, in Chinese, or `null` when nothing marks it: a 密级 of
 * 秘密/机密/绝密, or the words 秘密, 机密, 绝密 or 内部资料 in its title or body.
 *
 * @example
 * secrecyWarning({ ...item, secrecy: '机密' }, text); // '本稿件密级为“机密”……'
 */
export function secrecyWarning(item: Pick<Item, 'secrecy'>, title: string, body: string): string | null {
  const reasons: string[] = [];
  if (item.secrecy !== '无') reasons.push(`密级为“${item.secrecy}”`);
  const found = MARKINGS.filter((word) => title.includes(word) || body.includes(word));
  if (found.length > 0) reasons.push(`含有“${found.join('”“')}”字样`);
  if (reasons.length === 0) return null;
  return `本稿件${reasons.join('，')}，不得通过互联网、公开邮箱或其他公开渠道传输、存储，只能在涉密或内网环境中处理。确定要导出吗？`;
}

/** A file name for the exported item: its title without characters file systems refuse, at most 40 characters. */
export function docxFileName(title: string): string {
  const safe = Array.from(title.replace(/[\\/:*?"<>|\r\n\t]/g, '').trim())
    .slice(0, 40)
    .join('');
  return `${safe || '未命名稿件'}.docx`;
}

/** The item as a Word file in the official layout (itemToDocx), with the units' names after the body. */
export async function itemDocx(state: SavedBriefing, unitNames: readonly string[]): Promise<Blob> {
  const doc = briefingToDocument(state);
  const unit = unitNames.join('、');
  const bytes = await itemToDocx(unit ? { ...doc, unit } : doc);
  return new Blob([bytes.slice().buffer as ArrayBuffer], { type: DOCX_MIME_TYPE });
}

/** Offers `blob` as a download named `name`, through an `<a download>` with a Blob URL. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
