import type { UnitId } from '@caibian/core';
import {
  briefingBodyText,
  briefingToDocument,
  bulletinToDocx,
  DOCX_MIME_TYPE,
  parseBriefing,
  textToBriefing,
} from '@caibian/editor';
import type { BulletinRow, ItemRow } from '../../data/rows.ts';
import { docxFileName, type IssueMeta, toBulletinIssue } from './bulletinLogic.ts';

type Saved = Extract<ReturnType<typeof parseBriefing>, { ok: true }>['value'];

/** The item as the editor saved it, or a briefing read from its plain text (headings 一、（一） recognised). */
function savedOf(row: ItemRow): Saved {
  if (row.editorState) {
    const parsed = parseBriefing(row.editorState);
    if (parsed.ok) return parsed.value;
  }
  return textToBriefing(row.item.title, row.item.body ?? '');
}

/** An item's body as plain text: from its editor state when it has one, else its stored body. */
export function itemBodyText(row: ItemRow): string {
  if (row.editorState) {
    const parsed = parseBriefing(row.editorState);
    if (parsed.ok) return briefingBodyText(parsed.value);
  }
  return row.item.body ?? '';
}

/** The units of an item as printed after it: 宣汉县、大竹县, or null. */
export function itemUnitText(row: ItemRow, unitName: (id: UnitId) => string): string | null {
  const names = row.item.units.map((u) => unitName(u.unitId));
  return names.length > 0 ? names.join('、') : null;
}

/**
 * The issue as a Word file (GB/T 9704 layout, via `bulletinToDocx`), each item from its editor state when it has
 * one so headings and lists survive, with its file name.
 */
export async function bulletinDocx(
  row: BulletinRow,
  meta: IssueMeta,
  items: readonly ItemRow[],
  unitName: (id: UnitId) => string,
): Promise<{ blob: Blob; fileName: string }> {
  const issue = toBulletinIssue(
    row,
    meta,
    items.map((r) => ({ title: r.item.title, body: itemBodyText(r), unit: itemUnitText(r, unitName) })),
  );
  const documents = items.map((r) => {
    const unit = itemUnitText(r, unitName);
    return { ...briefingToDocument(savedOf(r)), ...(unit ? { unit } : {}) };
  });
  const bytes = await bulletinToDocx(issue, { documents });
  return { blob: new Blob([bytes as BlobPart], { type: DOCX_MIME_TYPE }), fileName: docxFileName(row) };
}

/** Starts a browser download of `blob` as `fileName` through a temporary Blob URL. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
