import { DOCX_MIME_TYPE, itemToDocx } from '@caibian/editor';
import type { NoticeData } from '../../../workers/rankingTypes.ts';
import { noticeDocument } from './noticeDocument.ts';

/** The notice as the bytes of a Word document on the GB/T 9704-2012 page (title, intro, tables). */
export async function noticeToDocx(notice: NoticeData): Promise<{ bytes: Uint8Array; mime: string }> {
  const bytes = await itemToDocx(noticeDocument(notice), { showUnit: false, creator: '采编台' });
  return { bytes, mime: DOCX_MIME_TYPE };
}
