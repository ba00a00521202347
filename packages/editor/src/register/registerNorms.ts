import { mergeRegister } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';
import { $readBody } from '../serialize/readBody.ts';
import { createIdleTask, isAnyComposing } from './idleTask.ts';
import { findingRanges, type NormsCheck, type NormsFinding } from './normsFindings.ts';

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
  /** Called with every finding after each check. */
  readonly onFindings?: (findings: readonly NormsFinding[]) => void;
  /** Called when the pointer or the caret enters a finding (or leaves all: null). */
  readonly onActive?: (active: ActiveFinding | null) => void;
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

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top - 2 && y <= rect.bottom + 2;
}

/**
 * Checks the writing norms of the title and body and underlines the findings with a CSS highlight, which
 * leaves the DOM and the saved content untouched. The check runs after a quiet time (`delay`), at idle,
 * never during an IME composition, so typing is never slowed. The finding under the pointer or the caret
 * is reported through `onActive` (to show its explanation and fix). Returns the cleanup.
 *
 * @example
 * const stop = registerNorms(bodyEditor, checkNorms, { title: titleEditor, onFindings: setFindings });
 */
export function registerNorms(editor: LexicalEditor, check: NormsCheck, options: NormsOptions = {}): () => void {
  const title = options.title ?? null;
  let located: Located[] = [];
  let active: Located | null = null;
  let frame = 0;
  let caretTimer: ReturnType<typeof setTimeout> | undefined;
  const highlight = sharedHighlight();

  const paint = (next: Located[]) => {
    for (const item of located) highlight?.delete(item.range);
    located = next;
    for (const item of located) highlight?.add(item.range);
  };
  const setActive = (next: Located | null, via: ActiveFinding['via']) => {
    if (next === active) return;
    active = next;
    options.onActive?.(next ? { finding: next.finding, rect: next.range.getBoundingClientRect(), via } : null);
  };

  const task = createIdleTask(() => {
    if (isAnyComposing(editor, title)) return; // composition end updates the editor: rescheduled then
    const titleText = title ? title.getEditorState().read(() => $readBody().text) : '';
    const bodyText = editor.getEditorState().read(() => $readBody().text);
    const findings = check({ title: titleText, body: bodyText });
    const next: Located[] = [];
    for (const [part, target] of [
      ['body', editor],
      ['title', title],
    ] as const) {
      if (!target) continue;
      const mine = findings.filter((finding) => finding.part === part);
      findingRanges(target, mine).forEach((range, i) => {
        const finding = mine[i];
        if (range && finding) next.push({ finding, range });
      });
    }
    paint(next);
    if (active && !next.some((item) => item.finding === active?.finding)) setActive(null, 'caret');
    options.onFindings?.(findings);
  }, options.delay ?? 400);

  const onUpdate = ({
    dirtyElements,
    dirtyLeaves,
  }: {
    dirtyElements: Map<string, boolean>;
    dirtyLeaves: Set<string>;
  }) => {
    if (dirtyElements.size > 0 || dirtyLeaves.size > 0) task.schedule();
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
    paint([]);
  };
}
