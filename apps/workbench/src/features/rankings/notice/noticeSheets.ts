import type { WorkbookSheets } from '@caibian/core/io';
import type { NoticeData } from '../../../workers/rankingTypes.ts';
import { groupHeading, NOTICE_HEADER, noticeIntro, noticeRow, noticeTitle } from './noticeContent.ts';

/**
 * The notice as one sheet (排名通报): the title, the intro line, then for each group its heading, the
 * header 名次/单位/得分 and its rows, a blank line between groups.
 *
 * @example
 * const bytes = await writeWorkbookXlsx(noticeSheets(notice));
 */
export function noticeSheets(notice: NoticeData): WorkbookSheets {
  const rows: (string | number | null)[][] = [[noticeTitle(notice)], [noticeIntro(notice)]];
  notice.groups.forEach((g, i) => {
    rows.push([], [groupHeading(i, g.group)], [...NOTICE_HEADER]);
    for (const row of g.rows) {
      const [rank, name, score] = noticeRow(row);
      rows.push([Number(rank), name, row.score === null ? score : Number(score)]);
    }
  });
  return { sheets: [{ name: '排名通报', rows }] };
}
