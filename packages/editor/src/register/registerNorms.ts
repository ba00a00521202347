import { mergeRegister } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';
import { $readBody } from '../serialize/readBody.ts';
import { acquireBodyIndex, BLOCK_SEPARATOR, type BlockReading } from './bodyIndex.ts';
import { createIdleTask, isAnyComposing } from './idleTask.ts';
import {
  domText,
  findingRanges,
  type NormsCheck,
  type NormsFinding,
  type NormsParagraphCheck,
  paragraphCheckOf,
  piecesOf,
  sameFindings,
} from './normsFindings.ts';

/** A DOM range over `[from, to)` of a block's text, or null when it is not rendered as read. */
function blockRange(editor: LexicalEditor, block: BlockReading, from: number, to: number): Range | null {
  const pieces = piecesOf(block.segments, from, to);
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
}

/** The CSS highlight name of norms underlines: style it with `::highlight(caibian-norms)`. */
export const NORMS_HIGHLIGHT = 'caibian-norms';

/** The finding under the pointer or the caret, with where it is on screen. */
export interface ActiveFinding {
  readonly finding: NormsFinding;
  readonly rect: DOMRect;
  readonly via: 'pointer' | 'caret';
}

/** Options of {@link registerNorms}. */
export interface NormsOptions {
  /** The title's editor; its findings (`part: 'title'`) are underlined there. */
  readonly title?: LexicalEditor | null;
  /** Quiet time after typing before checking, in ms. Default 400. */
  readonly delay?: number;
  /** Called with every finding after a check that changed them. */
  readonly onFindings?: (findings: readonly NormsFinding[]) => void;
  /** Called when the pointer or the caret enters a finding (or leaves all: null). */
  readonly onActive?: (active: ActiveFinding | null) => void;
  /**
   * The check over the body block by block, which may skip unchanged blocks. Default: for core's
   * `checkNorms`, `checkNormsParagraphs` with a cache (see {@link paragraphCheckOf}); otherwise none, and
   * `check` runs on the whole text.
   */
  readonly paragraphs?: NormsParagraphCheck | null;
}

interface Located {
  readonly finding: NormsFinding;
  readonly range: Range;
}

function sharedHighlight(): Highlight | null {
  if (typeof CSS === 'undefined' || !CSS.highlights || typeof Highlight === 'undefined') return null;
  let highlight = CSS.highlights.get(NORMS_HIGHLIGHT);
  if (!highlight) {
    highlight = new Highlight();
    CSS.highlights.set(NORMS_HIGHLIGHT, highlight);
  }
  return highlight;
}

/**
 * Puts in the highlight only the ranges of blocks on or near the screen. Chromium rebuilds every range of
 * every highlight after any change of the DOM, so each keystroke would pay for every underline of the
 * document; underlines off screen cost nothing this way. Ranges under `null` (the title) always show.
 */
function createPainter(highlight: Highlight | null) {
  const shown = new Set<Range>();
  const visible = new Set<Element>();
  let groups = new Map<Element | null, readonly Range[]>();
  let suspended = false;
  const sync = () => {
    if (!highlight) return;
    const wanted = new Set<Range>();
    if (!suspended)
      for (const [element, ranges] of groups)
        if (element === null || !observer || visible.has(element)) for (const range of ranges) wanted.add(range);
    for (const range of shown)
      if (!wanted.has(range)) {
        highlight.delete(range);
        shown.delete(range);
      }
    for (const range of wanted)
      if (!shown.has(range)) {
        highlight.add(range);
        shown.add(range);
      }
  };
  const observer =
    highlight && typeof IntersectionObserver !== 'undefined'
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (entry.isIntersecting) visible.add(entry.target);
              else visible.delete(entry.target);
            }
            sync();
          },
          { rootMargin: '0px' },
        )
      : null;
  return {
    paint(next: Map<Element | null, readonly Range[]>) {
      for (const element of groups.keys())
        if (element && !next.has(element)) {
          observer?.unobserve(element);
          visible.delete(element);
        }
      for (const element of next.keys()) if (element && !groups.has(element)) observer?.observe(element);
      groups = next;
      suspended = false;
      sync();
    },
    /** Takes the underlines out until the next `paint` (while typing: they would be stale anyway). */
    suspend() {
      if (suspended) return;
      suspended = true;
      sync();
    },
    stop() {
      observer?.disconnect();
      groups = new Map();
      sync();
    },
  };
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top - 2 && y <= rect.bottom + 2;
}

/**
 * Checks the writing norms of the title and body and underlines the findings with a CSS highlight, which
 * leaves the DOM and the saved content untouched. The check runs after a quiet time (`delay`), at idle,
 * never during an IME composition, so typing is never slowed; with a block-by-block check (core's
 * `checkNorms` gets one) only the blocks changed since the last check are checked and located again, and
 * only blocks near the screen carry underlines (each underline costs every keystroke in Chromium). The finding under the pointer or the caret
 * is reported through `onActive` (to show its explanation and fix). Returns the cleanup.
 *
 * @example
 * const stop = registerNorms(bodyEditor, checkNorms, { title: titleEditor, onFindings: setFindings });
 */
export function registerNorms(editor: LexicalEditor, check: NormsCheck, options: NormsOptions = {}): () => void {
  const title = options.title ?? null;
  const paragraphs = options.paragraphs === undefined ? paragraphCheckOf(check) : options.paragraphs;
  const [index, releaseIndex] = acquireBodyIndex(editor);
  const painter = createPainter(sharedHighlight());
  let located: Located[] = [];
  let findings: readonly NormsFinding[] = [];
  /** Ranges of the last check, per block read: a block read again (changed) gets new ones. */
  let blockRanges = new Map<BlockReading, Map<string, Range | null>>();
  let active: Located | null = null;
  let frame = 0;
  let caretTimer: ReturnType<typeof setTimeout> | undefined;

  const setActive = (next: Located | null, via: ActiveFinding['via']) => {
    if (next === active) return;
    active = next;
    options.onActive?.(next ? { finding: next.finding, rect: next.range.getBoundingClientRect(), via } : null);
  };

  /** Ranges over the body findings, reusing those of unchanged blocks; grouped by block element. */
  const locateBody = (
    body: readonly NormsFinding[],
    blocks: readonly BlockReading[],
    groups: Map<Element | null, Range[]>,
  ) => {
    const next: Located[] = [];
    const nextRanges = new Map<BlockReading, Map<string, Range | null>>();
    const starts: number[] = [];
    let offset = 0;
    for (const block of blocks) {
      starts.push(offset);
      offset += block.text.length + BLOCK_SEPARATOR.length;
    }
    for (const finding of body) {
      // the last block starting at or before the finding
      let lo = 0;
      let hi = blocks.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= finding.start) lo = mid;
        else hi = mid - 1;
      }
      const block = blocks[lo];
      if (!block) continue;
      const from = finding.start - (starts[lo] ?? 0);
      const to = finding.end - (starts[lo] ?? 0);
      if (to > block.text.length || block.text.slice(from, to) !== finding.text) continue; // across blocks, or stale
      const mine = nextRanges.get(block) ?? new Map<string, Range | null>();
      nextRanges.set(block, mine);
      const key = `${from}:${to}`;
      let range = mine.get(key) ?? blockRanges.get(block)?.get(key);
      if (range === undefined) range = blockRange(editor, block, from, to);
      mine.set(key, range);
      if (!range) continue;
      next.push({ finding, range });
      const element = editor.getElementByKey(block.key);
      const group = groups.get(element) ?? [];
      groups.set(element, group);
      group.push(range);
    }
    blockRanges = nextRanges;
    return next;
  };

  const task = createIdleTask(() => {
    if (isAnyComposing(editor, title)) return; // composition end updates the editor: rescheduled then
    const titleText = title ? title.getEditorState().read(() => $readBody().text) : '';
    const blocks = index.blocks();
    const next = paragraphs
      ? paragraphs({ title: titleText, paragraphs: blocks.map((block) => block.text) })
      : check({ title: titleText, body: index.text() });
    const groups = new Map<Element | null, Range[]>();
    const nextLocated = locateBody(
      next.filter((finding) => finding.part === 'body'),
      blocks,
      groups,
    );
    if (title) {
      const mine = next.filter((finding) => finding.part === 'title');
      const titleRanges: Range[] = [];
      findingRanges(title, mine).forEach((range, i) => {
        const finding = mine[i];
        if (!range || !finding) return;
        nextLocated.push({ finding, range });
        titleRanges.push(range);
      });
      groups.set(null, titleRanges);
    }
    located = nextLocated;
    painter.paint(groups);
    if (active) {
      const was = active.finding;
      const still = located.find((item) => sameFindings([item.finding], [was]));
      if (still) active = still;
      else setActive(null, 'caret');
    }
    if (sameFindings(findings, next)) return;
    findings = next;
    options.onFindings?.(next);
  }, options.delay ?? 400);
  const onUpdate = ({
    dirtyElements,
    dirtyLeaves,
  }: {
    dirtyElements: Map<string, boolean>;
    dirtyLeaves: Set<string>;
  }) => {
    if (dirtyElements.size > 0 || dirtyLeaves.size > 0) {
      task.schedule();
      painter.suspend();
    }
    // the caret's finding can wait for a pause in typing: no work per keystroke
    if (caretTimer !== undefined) clearTimeout(caretTimer);
    caretTimer =
      located.length > 0 || active ? setTimeout(() => !isAnyComposing(editor, title) && checkCaret(), 150) : undefined;
  };
  const requestFrame = (run: () => void) => {
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      run();
    });
  };
  const checkCaret = () => {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || !selection.isCollapsed || !selection.anchorNode) return;
    const { anchorNode, anchorOffset } = selection;
    const hit = located.find((item) => item.range.isPointInRange(anchorNode, anchorOffset));
    if (hit || active) setActive(hit ?? null, 'caret');
  };
  let pointer = { x: 0, y: 0 };
  const checkPointer = () => {
    const hit = located.find((item) => [...item.range.getClientRects()].some((r) => contains(r, pointer.x, pointer.y)));
    setActive(hit ?? null, 'pointer');
  };
  const onMouseMove = (event: MouseEvent) => {
    pointer = { x: event.clientX, y: event.clientY };
    if (located.length > 0 || active) requestFrame(checkPointer);
  };
  const onMouseLeave = () => setActive(null, 'pointer');
  const pointerListeners = (target: LexicalEditor) =>
    target.registerRootListener((root, previous) => {
      previous?.removeEventListener('mousemove', onMouseMove);
      previous?.removeEventListener('mouseleave', onMouseLeave);
      root?.addEventListener('mousemove', onMouseMove);
      root?.addEventListener('mouseleave', onMouseLeave);
    });

  const unregister = mergeRegister(
    editor.registerUpdateListener(onUpdate),
    pointerListeners(editor),
    ...(title ? [title.registerUpdateListener(onUpdate), pointerListeners(title)] : []),
  );
  task.schedule();
  return () => {
    unregister();
    task.cancel();
    if (frame !== 0) cancelAnimationFrame(frame);
    if (caretTimer !== undefined) clearTimeout(caretTimer);
    painter.stop();
    releaseIndex();
  };
}
