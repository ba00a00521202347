import { type IFontAttributesProperties, type IRunOptions, LineRuleType, Tab, TextRun } from 'docx';
import { FONT, PAGE, SIZE } from './layout.ts';

/** True for a code point XML 1.0 can carry: not C0 controls other than tab and line feed, lone surrogates, U+FFFE/F. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/**
 * Turns carriage returns into line feeds and drops what XML cannot carry (a single such character makes Word refuse
 * the whole file); the rest of the text is kept as is.
 */
export function cleanText(text: string): string {
  return Array.from(text.replace(/\r\n?/g, '\n'))
    .filter((char) => isXmlChar(char.codePointAt(0) ?? 0))
    .join('');
}

/** A font for Chinese text in `eastAsia`, with Latin letters and digits in Times New Roman. */
export function chineseFont(eastAsia: string): IFontAttributesProperties {
  return { ascii: FONT.latin, hAnsi: FONT.latin, cs: FONT.latin, eastAsia };
}

/** A font used for every script, for lines whose punctuation must stay full width (page numbers, masthead). */
export function wholeFont(name: string): IFontAttributesProperties {
  return { ascii: name, hAnsi: name, cs: name, eastAsia: name, hint: 'eastAsia' };
}

/** Character formatting of a run. */
export interface RunStyle {
  readonly font: IFontAttributesProperties;
  /** Half-points. Default: the body's 32. */
  readonly size?: number;
  readonly bold?: boolean;
  readonly color?: string;
}

/**
 * Runs for a piece of user text: the text is set as text (docx escapes it), tabs become tab stops and line feeds
 * line breaks. Never reads markup.
 */
export function textRuns(text: string, style: RunStyle): TextRun[] {
  const base: IRunOptions = {
    font: style.font,
    size: style.size ?? SIZE.body,
    ...(style.bold ? { bold: true, boldComplexScript: true } : {}),
    ...(style.color ? { color: style.color } : {}),
  };
  const runs: TextRun[] = [];
  cleanText(text)
    .split('\n')
    .forEach((line, i) => {
      const children: (string | Tab)[] = [];
      line.split('\t').forEach((part, j) => {
        if (j > 0) children.push(new Tab());
        if (part) children.push(part);
      });
      if (i > 0) runs.push(new TextRun({ ...base, break: 1, children }));
      else if (children.length > 0) runs.push(new TextRun({ ...base, children }));
    });
  return runs;
}

/** Paragraph spacing that keeps every line on the grid: exactly one line pitch (579 twips), nothing before or after. */
export const ON_GRID = { line: PAGE.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
