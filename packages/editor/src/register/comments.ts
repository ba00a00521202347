import { $isMarkNode, $unwrapMarkNode, $wrapSelectionInMarkNode, type MarkNode } from '@lexical/mark';
import { $dfs } from '@lexical/utils';
import { $createRangeSelection, $getSelection, $isRangeSelection, $setSelection, type LexicalEditor } from 'lexical';

/** Marks in the active state that carry the comment `id`. Runs inside `editor.read`/`update`. */
export function $marksOf(id: string): MarkNode[] {
  return $dfs()
    .map(({ node }) => node)
    .filter((node): node is MarkNode => $isMarkNode(node) && node.hasID(id));
}

/**
 * Anchors a new comment to the selected text by wrapping it in a mark with `id`. Returns the quoted text,
 * or null when nothing is selected (or while an IME composes).
 *
 * @example
 * const quote = anchorComment(editor, crypto.randomUUID());
 */
export function anchorComment(editor: LexicalEditor, id: string): string | null {
  if (editor.isComposing()) return null;
  let quote: string | null = null;
  editor.update(
    () => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection) || selection.isCollapsed()) return;
      const text = selection.getTextContent();
      if (text.trim() === '') return;
      $wrapSelectionInMarkNode(selection, selection.isBackward(), id);
      quote = text;
    },
    { discrete: true },
  );
  return quote;
}

/** Removes a comment's anchor (on resolving it): its marks lose `id`, and marks left without ids go. */
export function releaseComment(editor: LexicalEditor, id: string): void {
  editor.update(
    () => {
      for (const mark of $marksOf(id)) {
        mark.deleteID(id);
        if (mark.getIDs().length === 0) $unwrapMarkNode(mark);
      }
    },
    { discrete: true },
  );
}

/** Selects the text a comment is anchored to and focuses the editor. Returns false if the anchor is gone. */
export function selectComment(editor: LexicalEditor, id: string): boolean {
  let found = false;
  editor.update(() => {
    const marks = $marksOf(id);
    const first = marks[0];
    const last = marks.at(-1);
    if (!first || !last) return;
    const selection = $createRangeSelection();
    selection.anchor.set(first.getKey(), 0, 'element');
    selection.focus.set(last.getKey(), last.getChildrenSize(), 'element');
    $setSelection(selection);
    found = true;
  });
  if (found) editor.focus();
  return found;
}
