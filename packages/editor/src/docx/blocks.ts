import {
  AlignmentType,
  BorderStyle,
  type IFontAttributesProperties,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  type TextRun,
  WidthType,
} from 'docx';
import type { Block, BriefingDocument, HeadingLevel, Run } from '../document/BriefingDocument.ts';
import { FONT, INDENT_TWO_CHARS, PAGE, SIZE } from './layout.ts';
import { chineseFont, ON_GRID, textRuns } from './text.ts';

/** Fonts of the four heading levels of GB/T 9704-2012 §7.3.3: 黑体, 楷体, then 仿宋 (bold for level 3). */
const HEADING: Record<HeadingLevel, { readonly font: IFontAttributesProperties; readonly bold: boolean }> = {
  1: { font: chineseFont(FONT.heiti), bold: false },
  2: { font: chineseFont(FONT.kaiti), bold: false },
  3: { font: chineseFont(FONT.fangsong), bold: true },
  4: { font: chineseFont(FONT.fangsong), bold: false },
};

const BODY_FONT = chineseFont(FONT.fangsong);

function runsOf(runs: readonly Run[], font: IFontAttributesProperties, bold = false): TextRun[] {
  return runs.flatMap((run) => textRuns(run.text, { font, bold: bold || run.bold === true }));
}

/** A body paragraph: 3号 仿宋, first line indented two characters, justified, on the grid. */
export function bodyParagraph(runs: readonly Run[]): Paragraph {
  return new Paragraph({
    children: runsOf(runs, BODY_FONT),
    alignment: AlignmentType.JUSTIFIED,
    indent: INDENT_TWO_CHARS,
    spacing: ON_GRID,
  });
}

function heading(level: HeadingLevel, runs: readonly Run[]): Paragraph {
  const { font, bold } = HEADING[level];
  return new Paragraph({
    children: runsOf(runs, font, bold),
    alignment: AlignmentType.JUSTIFIED,
    indent: INDENT_TWO_CHARS,
    spacing: ON_GRID,
    outlineLevel: level - 1,
    keepNext: true,
  });
}

function listItems(ordered: boolean, items: readonly (readonly Run[])[]): Paragraph[] {
  return items.map((runs, i) => bodyParagraph([{ text: ordered ? `${i + 1}.` : '•' }, ...runs]));
}

const RULE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function table(rows: readonly (readonly (readonly Run[])[])[]): Table {
  const columns = Math.max(1, ...rows.map((row) => row.length));
  const width = Math.floor(PAGE.textWidth / columns);
  return new Table({
    width: { size: width * columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => width),
    borders: { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE },
    rows: rows.map(
      (row) =>
        new TableRow({
          children: Array.from(
            { length: columns },
            (_, i) =>
              new TableCell({
                width: { size: width, type: WidthType.DXA },
                children: [new Paragraph({ children: runsOf(row[i] ?? [], BODY_FONT), spacing: ON_GRID })],
              }),
          ),
        }),
    ),
  });
}

/** The Word paragraphs and tables of one block of a {@link BriefingDocument}. */
export function blockToDocx(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return [bodyParagraph(block.runs)];
    case 'heading':
      return [heading(block.level, block.runs)];
    case 'list':
      return listItems(block.ordered, block.items);
    case 'table':
      return block.rows.length > 0 ? [table(block.rows)] : [];
  }
}

/** A title: 2号 方正小标宋简体, centred, kept with what follows. */
export function titleParagraph(title: string): Paragraph {
  return new Paragraph({
    children: textRuns(title, { font: chineseFont(FONT.xiaobiaosong), size: SIZE.title }),
    alignment: AlignmentType.CENTER,
    spacing: ON_GRID,
    keepNext: true,
    keepLines: true,
  });
}

/** The submitting unit closing an item, in parentheses at the right: （市发展改革委）. */
export function unitParagraph(unit: string): Paragraph {
  return new Paragraph({
    children: textRuns(`（${unit}）`, { font: BODY_FONT }),
    alignment: AlignmentType.RIGHT,
    spacing: ON_GRID,
  });
}

/** An empty line of the grid. */
export function blankLine(): Paragraph {
  return new Paragraph({ children: [], spacing: ON_GRID });
}

/** Title, body and unit of one item, as they follow each other in the text flow. */
export function itemBody(doc: BriefingDocument, options: { readonly blankAfterTitle: boolean }): (Paragraph | Table)[] {
  return [
    titleParagraph(doc.title),
    ...(options.blankAfterTitle ? [blankLine()] : []),
    ...doc.blocks.flatMap(blockToDocx),
    ...(doc.unit?.trim() ? [unitParagraph(doc.unit.trim())] : []),
  ];
}
