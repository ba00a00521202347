import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  RelativeHorizontalPosition,
  RelativeVerticalPosition,
  Table,
  TableAnchorType,
  TableCell,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { type BulletinIssue, RECIPIENT_KINDS } from './BulletinIssue.ts';
import { FONT, PAGE, SIZE } from './layout.ts';
import { chineseFont, ON_GRID, textRuns } from './text.ts';

/** The rules above and below the 报尾: black, 1 pt (GB/T 9704-2012 §7.4.1 asks 0.35 mm for the outer rules). */
export const COLOPHON_RULE = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 0 } as const;

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

/** Width of the right-hand column holding 共印N份. */
const COPIES_WIDTH = 2400;

/**
 * The table is one character narrower than the text block and centred: LibreOffice (7.4) keeps a floating table
 * nearly as wide as the text area in the flow instead of placing it at the bottom of the page.
 */
const TABLE_WIDTH = PAGE.textWidth - SIZE.body * 10;

const ONE_CHARACTER = SIZE.body * 10;

/** The recipients of one kind as printed: 报：省政府办公厅，市委办公室。 */
export function recipientLine(kind: string, names: readonly string[]): string {
  return `${kind}：${names.join('，')}。`;
}

/**
 * A line of the 报尾, one character in from the rule's end; a recipients line that wraps continues under the first
 * name, after 报：(GB/T 9704-2012 §7.4.2).
 */
function cellParagraph(text: string, alignment: 'left' | 'right'): Paragraph {
  return new Paragraph({
    children: textRuns(text, { font: chineseFont(FONT.fangsong) }),
    alignment: alignment === 'left' ? AlignmentType.LEFT : AlignmentType.RIGHT,
    indent: alignment === 'left' ? { left: 3 * ONE_CHARACTER, hanging: 2 * ONE_CHARACTER } : { right: ONE_CHARACTER },
    spacing: ON_GRID,
  });
}

/**
 * The 报尾 at the bottom of the last page: a table between two rules, 报/送/发 recipients on the left and 共印N份 on
 * the right. The table floats, anchored to the bottom of the text block, so it sits at the foot of the page the
 * last item ends on; it is followed by the empty paragraph it is anchored to.
 */
export function colophon(issue: BulletinIssue): (Table | Paragraph)[] {
  const lines = RECIPIENT_KINDS.filter((kind) => issue.to[kind].length > 0).map((kind) =>
    cellParagraph(recipientLine(kind, issue.to[kind]), 'left'),
  );
  const table = new Table({
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: [TABLE_WIDTH - COPIES_WIDTH, COPIES_WIDTH],
    borders: {
      top: COLOPHON_RULE,
      bottom: COLOPHON_RULE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
    float: {
      horizontalAnchor: TableAnchorType.MARGIN,
      relativeHorizontalPosition: RelativeHorizontalPosition.CENTER,
      verticalAnchor: TableAnchorType.MARGIN,
      relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
    },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: TABLE_WIDTH - COPIES_WIDTH, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            children: lines.length > 0 ? lines : [cellParagraph('', 'left')],
          }),
          new TableCell({
            width: { size: COPIES_WIDTH, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.BOTTOM,
            children: [cellParagraph(`共印${issue.copies}份`, 'right')],
          }),
        ],
      }),
    ],
  });
  const anchor = new Paragraph({
    children: [],
    spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
  });
  return [table, anchor];
}
