import { downloadBlob, safeFileName } from '../../../charts/exportChart.ts';
import type { NoticeData } from '../../../workers/rankingTypes.ts';
import { noticeTitle } from './noticeContent.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Downloads the notice as `<title>.xlsx` (ExcelJS is loaded on first use). */
export async function exportNoticeXlsx(notice: NoticeData): Promise<void> {
  const [{ writeWorkbookXlsx }, { noticeSheets }] = await Promise.all([
    import('@caibian/core/io'),
    import('./noticeSheets.ts'),
  ]);
  const bytes = await writeWorkbookXlsx(noticeSheets(notice));
  downloadBlob(new Blob([bytes as BlobPart], { type: XLSX }), `${safeFileName(noticeTitle(notice))}.xlsx`);
}

/** Downloads the notice as `<title>.docx` in the official layout (the Word writer is loaded on first use). */
export async function exportNoticeDocx(notice: NoticeData): Promise<void> {
  const { noticeToDocx } = await import('./noticeDocx.ts');
  const { bytes, mime } = await noticeToDocx(notice);
  downloadBlob(new Blob([bytes as BlobPart], { type: mime }), `${safeFileName(noticeTitle(notice))}.docx`);
}
