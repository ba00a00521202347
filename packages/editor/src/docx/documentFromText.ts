import {
  type Block,
  BRIEFING_DOCUMENT_VERSION,
  type BriefingDocument,
  type HeadingLevel,
} from '../document/BriefingDocument.ts';

/**
 * A paragraph that is only a numbered heading (一、… （一）… 1.… （1）…), short and without a full stop inside:
 * set in the heading's font. A paragraph that runs on after its heading sentence stays a body paragraph.
 */
const HEADINGS: readonly (readonly [HeadingLevel, RegExp])[] = [
  [1, /^[一二三四五六七八九十]+、/],
  [2, /^[（(][一二三四五六七八九十]+[）)]/],
  [3, /^\d{1,2}[.．](?!\d)/],
  [4, /^[（(]\d{1,2}[）)]/],
];

const MAX_HEADING_LENGTH = 40;

function headingLevel(text: string): HeadingLevel | null {
  if (text.length > MAX_HEADING_LENGTH || /[。！？；]./.test(text)) return null;
  return HEADINGS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

const ASCII_WORD = /[A-Za-z0-9]/;

/** Joins the lines of one paragraph: Chinese lines run on; a space only between two Latin words or numbers. */
function joinLines(lines: readonly string[]): string {
  return lines.reduce((out, line) => {
    if (!out) return line;
    const space = ASCII_WORD.test(out.at(-1) ?? '') && ASCII_WORD.test(line[0] ?? '') ? ' ' : '';
    return out + space + line;
  }, '');
}

/**
 * The blocks of a plain-text body: paragraphs are separated by blank lines, single line breaks inside a paragraph
 * are joined, and a paragraph that is only a numbered heading becomes a heading of its level. The text is kept as
 * written: nothing in it is read as markup.
 *
 * @example
 * blocksFromText('一、总体情况\n\n全市完成投资12亿元。'); // [heading level 1, paragraph]
 */
export function blocksFromText(body: string): Block[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n/)
    .map((paragraph) =>
      joinLines(
        paragraph
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== ''),
      ),
    )
    .filter((text) => text !== '')
    .map((text): Block => {
      const level = headingLevel(text);
      const runs = [{ text }];
      return level === null ? { kind: 'paragraph', runs } : { kind: 'heading', level, runs };
    });
}

/**
 * A {@link BriefingDocument} from a title, a plain-text body and the submitting unit (what `issue.json` and text
 * files hold).
 */
export function documentFromText(title: string, body: string, unit?: string | null): BriefingDocument {
  return {
    version: BRIEFING_DOCUMENT_VERSION,
    title: title.trim(),
    blocks: blocksFromText(body),
    ...(unit?.trim() ? { unit: unit.trim() } : {}),
  };
}
