import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TabStopType } from 'docx';
import type { BulletinIssue } from './BulletinIssue.ts';
import { blankLine } from './blocks.ts';
import { FONT, PAGE, RED, SIZE } from './layout.ts';
import { chineseFont, ON_GRID, textRuns, wholeFont } from './text.ts';

/**
 * Writes an ISO date the way official documents do: full year, no leading zeros.
 *
 * @example
 * chineseDate('2024-03-05'); // '2024年3月5日'
 */
export function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** The red rule under the masthead: 2.25 pt (`w:sz` in eighths of a point). */
export const MASTHEAD_RULE = { style: BorderStyle.SINGLE, size: 18, color: RED, space: 4 } as const;

/**
 * The 报头 filling the top third of page 1: the 密级 (or an empty line) at the top left in 3号 黑体, the name in
 * 初号 方正小标宋简体 red and centred over two grid lines, the 期号 centred, then the editing unit at the left and
 * the date at the right over the red rule.
 */
export function masthead(issue: BulletinIssue): Paragraph[] {
  const secrecy = issue.secrecy
    ? new Paragraph({ children: textRuns(issue.secrecy, { font: chineseFont(FONT.heiti) }), spacing: ON_GRID })
    : blankLine();
  const name = new Paragraph({
    children: textRuns(issue.name, { font: wholeFont(FONT.xiaobiaosong), size: SIZE.masthead, color: RED }),
    alignment: AlignmentType.CENTER,
    spacing: { line: 2 * PAGE.linePitch, lineRule: LineRuleType.EXACT, before: PAGE.linePitch, after: 0 },
  });
  const number = new Paragraph({
    children: textRuns(issue.number, { font: chineseFont(FONT.fangsong) }),
    alignment: AlignmentType.CENTER,
    spacing: ON_GRID,
  });
  const editorAndDate = new Paragraph({
    children: textRuns(`${issue.editor.replace(/\t/g, ' ')}\t${chineseDate(issue.date)}`, {
      font: chineseFont(FONT.fangsong),
    }),
    tabStops: [{ type: TabStopType.RIGHT, position: PAGE.textWidth }],
    border: { bottom: MASTHEAD_RULE },
    spacing: ON_GRID,
  });
  return [secrecy, name, number, blankLine(), editorAndDate];
}
