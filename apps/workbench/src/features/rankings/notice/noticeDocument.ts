import type { itemToDocx } from '@caibian/editor';
import type { NoticeData } from '../../../workers/rankingTypes.ts';
import { groupHeading, NOTICE_HEADER, noticeIntro, noticeRow, noticeTitle } from './noticeContent.ts';

/** The structured document `itemToDocx` writes (not exported by name from `@caibian/editor`). */
export type NoticeDocument = Parameters<typeof itemToDocx>[0];

/**
 * The notice in the official layout as a briefing document: the title, the intro paragraph, then per group
 * a level-1 heading (一、县区组) and a table 名次/单位/得分.
 */
export function noticeDocument(notice: NoticeData): NoticeDocument {
  const blocks: NoticeDocument['blocks'][number][] = [{ kind: 'paragraph', runs: [{ text: noticeIntro(notice) }] }];
  notice.groups.forEach((g, i) => {
    blocks.push({ kind: 'heading', level: 1, runs: [{ text: groupHeading(i, g.group) }] });
    blocks.push({
      kind: 'table',
      rows: [
        NOTICE_HEADER.map((text) => [{ text, bold: true }]),
        ...g.rows.map((row) => noticeRow(row).map((text) => [{ text }])),
      ],
    });
  });
  return { version: 1, title: noticeTitle(notice), blocks };
}
