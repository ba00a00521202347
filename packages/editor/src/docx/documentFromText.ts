import {
  type Block,
  BRIEFING_DOCUMENT_VERSION,
  type BriefingDocument,
  type HeadingLevel,
} from '../document/BriefingDocument.ts';
import { headingLevelOf } from '../serialize/headingLevelOf.ts';

const MAX_HEADING_LENGTH = 40;

/**
 * The level of a paragraph that is only a numbered heading (一、… （一）… 1.… （1）…, numbered as the editor reads
 * them): short and without a full stop inside. A paragraph that runs on after its heading sentence stays body text.
 */
function headingLevel(text: string): HeadingLevel | null {
  if (text.length > MAX_HEADING_LENGTH || /[。！？；]./.test(text)) return null;
  return headingLevelOf(text);
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
