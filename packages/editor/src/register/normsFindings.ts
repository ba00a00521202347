import { checkNormsParagraphs, checkNorms as coreCheckNorms, createNormsCache } from '@caibian/core';
import { $getNodeByKey, $isTextNode, type LexicalEditor } from 'lexical';
import { $readBody, type TextSegment } from '../serialize/readBody.ts';

/**
 * One finding of the writing-norms check, as `checkNorms` in `@caibian/core` reports it: offsets are
 * UTF-16 indices into the title or the body text (see `briefingBodyText`), `fix` the replacement for
 * `text` when the fix is certain.
 */
export interface NormsFinding {
  readonly rule: string;
  readonly part: 'title' | 'body';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The explanation, in Chinese. */
  readonly message: string;
  readonly fix: string | null;
}

/** A norms check: pure, from the title and body texts to findings. */
export type NormsCheck = (input: { readonly title: string; readonly body: string }) => readonly NormsFinding[];

/**
 * The same check with the body given block by block (the body text is the blocks joined by a blank
 * line, offsets refer to that text), free to remember the findings of blocks whose text did not change:
 * e.g. core's `checkNormsParagraphs` with a cache.
 */
export type NormsParagraphCheck = (input: {
  readonly title: string;
  readonly paragraphs: readonly string[];
}) => readonly NormsFinding[];

/**
 * The incremental form of `check` when there is one: core's `checkNorms` becomes `checkNormsParagraphs`
 * with a cache of its own (same findings, only changed blocks checked again); any other check has none.
 */
export function paragraphCheckOf(check: NormsCheck): NormsParagraphCheck | null {
  if (check !== coreCheckNorms) return null;
  const cache = createNormsCache();
  return (input) => checkNormsParagraphs(input, {}, cache);
}

/** Whether two lists hold the same findings (same places, texts, messages and fixes). */
export function sameFindings(a: readonly NormsFinding[], b: readonly NormsFinding[]): boolean {
  return (
    a.length === b.length &&
    a.every((f, i) => {
      const g = b[i];
      return (
        g !== undefined &&
        f.rule === g.rule &&
        f.part === g.part &&
        f.start === g.start &&
        f.end === g.end &&
        f.text === g.text &&
        f.message === g.message &&
        f.fix === g.fix
      );
    })
  );
}

/** A piece of a finding inside one text node. */
interface Piece {
  readonly key: string;
  readonly from: number;
  readonly to: number;
}

/**
 * The parts of text nodes that `[start, end)` covers, or null when it leaves text nodes (crosses a block
 * boundary) or is empty.
 */
export function piecesOf(segments: readonly TextSegment[], start: number, end: number): Piece[] | null {
  if (end <= start) return null;
  const pieces: Piece[] = [];
  let covered = 0;
  for (const segment of segments) {
    const from = Math.max(start, segment.start);
    const to = Math.min(end, segment.end);
    if (to <= from) continue;
    pieces.push({ key: segment.key, from: from - segment.start, to: to - segment.start });
    covered += to - from;
  }
  return covered === end - start ? pieces : null;
}

function firstTextNode(element: HTMLElement): Text | null {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

/**
 * DOM ranges over findings in `editor`'s rendered text (one read of the state for all), null for a
 * finding that no longer matches the text (it went stale) or is not rendered.
 */
export function findingRanges(editor: LexicalEditor, findings: readonly NormsFinding[]): (Range | null)[] {
  if (findings.length === 0) return [];
  const located = editor.getEditorState().read(() => {
    const reading = $readBody();
    return findings.map((finding) =>
      reading.text.slice(finding.start, finding.end) === finding.text
        ? piecesOf(reading.segments, finding.start, finding.end)
        : null,
    );
  });
  return located.map((pieces) => {
    const first = pieces?.[0];
    const last = pieces?.at(-1);
    if (!first || !last) return null;
    const startNode = domText(editor, first.key, first.from);
    const endNode = domText(editor, last.key, last.to);
    if (!startNode || !endNode) return null;
    const range = startNode.ownerDocument.createRange();
    range.setStart(startNode, first.from);
    range.setEnd(endNode, last.to);
    return range;
  });
}

export function domText(editor: LexicalEditor, key: string, offset: number): Text | null {
  const element = editor.getElementByKey(key);
  const text = element ? firstTextNode(element) : null;
  return text && text.length >= offset ? text : null;
}

/**
 * Applies a finding's fix: replaces its text with `fix` if the text is still there. Returns whether it
 * did (false when the finding has no fix or went stale). Undoable like any edit.
 *
 * @example
 * applyNormsFix(bodyEditor, finding); // '30-40%' → '30%~40%'
 */
export function applyNormsFix(editor: LexicalEditor, finding: NormsFinding): boolean {
  const fix = finding.fix;
  if (fix === null || editor.isComposing()) return false;
  let applied = false;
  editor.update(
    () => {
      const reading = $readBody();
      if (reading.text.slice(finding.start, finding.end) !== finding.text) return;
      const pieces = piecesOf(reading.segments, finding.start, finding.end);
      if (!pieces) return;
      pieces.forEach((piece, index) => {
        const node = $getNodeByKey(piece.key);
        if ($isTextNode(node)) node.spliceText(piece.from, piece.to - piece.from, index === 0 ? fix : '');
      });
      applied = true;
    },
    { discrete: true },
  );
  return applied;
}
