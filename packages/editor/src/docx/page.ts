import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  type Table,
  TextRun,
} from 'docx';
import { FONT, PAGE, SIZE } from './layout.ts';
import { chineseFont, cleanText, wholeFont } from './text.ts';

/** The MIME type of a Word document, for a `Blob` or a download. */
export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** One character of 4号 (14 pt) in twips: the page number stands this far in from the edge of the text block. */
const ONE_CHARACTER = SIZE.pageNumber * 10;

/** "— N —" in 4号 宋体: right on odd pages, left on even ones (GB/T 9704-2012 §7.5). */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const font = wholeFont(FONT.songti);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: ONE_CHARACTER } : { left: ONE_CHARACTER },
        spacing: { before: 0, after: 0 },
        children: [new TextRun({ font, size: SIZE.pageNumber, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/**
 * The default run and the Normal (正文) style: 3号 仿宋_GB2312, condensed so that 28 characters fill a line. A line
 * grid rather than Word's character grid: LibreOffice lays a character grid narrower than the font out wrongly (the
 * first line of each paragraph half empty), while condensed spacing gives 28 characters everywhere.
 */
const BODY_RUN = {
  font: chineseFont(FONT.fangsong),
  size: SIZE.body,
  characterSpacing: PAGE.characterSpacing,
} as const;

/** What a document says about itself (File → Properties). */
export interface DocumentMeta {
  readonly title: string;
  /** Default: 采编台. */
  readonly creator?: string;
}

/**
 * A Word document on the GB/T 9704-2012 page: A4, margins 37/35/28/26 mm, 22 lines of 28 characters (a line grid of
 * 579 twips and condensed characters), body defaults of 3号 仿宋_GB2312, and page numbers in different odd and even
 * footers.
 */
export function officialDocument(children: readonly (Paragraph | Table)[], meta: DocumentMeta): Document {
  const creator = cleanText(meta.creator ?? '采编台');
  return new Document({
    title: cleanText(meta.title),
    creator,
    lastModifiedBy: creator,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: BODY_RUN, paragraph: { spacing: { before: 0, after: 0 } } } },
      paragraphStyles: [{ id: 'Normal', name: 'Normal', quickFormat: true, run: BODY_RUN }],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              header: PAGE.header,
              footer: PAGE.footer,
              gutter: 0,
            },
          },
          grid: { type: DocumentGridType.LINES, linePitch: PAGE.linePitch, charSpace: PAGE.charSpace },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children,
      },
    ],
  });
}

/** The bytes of a `.docx` file. Runs in Node and in browsers. */
export async function packDocx(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
