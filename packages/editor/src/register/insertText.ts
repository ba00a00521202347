import { $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';

/** What a page may ask of a mounted {@link BriefingEditor} (see its `apiRef` prop). */
export interface BriefingEditorApi {
  /**
   * Inserts `text` into the body at the caret (at the end of the body when it has no caret), as typed
   * text: line breaks in `text` start new paragraphs. Refused (returns false) in the middle of an IME
   * composition, so composed text is never split.
   */
  insertText(text: string): boolean;
  /** Puts the caret in the body. */
  focus(): void;
}

/**
 * Inserts `text` at the body's selection, or at its end when there is none. Returns false, doing nothing,
 * while an IME composition is in progress.
 *
 * @example
 * insertBriefingText(bodyEditor, '全县地区生产总值增长6.2%（来源：县统计局）');
 */
export function insertBriefingText(editor: LexicalEditor, text: string): boolean {
  if (editor.isComposing() || text === '') return false;
  editor.update(
    () => {
      let selection = $getSelection();
      if (!$isRangeSelection(selection)) {
        $getRoot().selectEnd();
        selection = $getSelection();
      }
      if (!$isRangeSelection(selection)) return;
      const [first, ...rest] = text.split(/\r?\n/);
      selection.insertText(first ?? '');
      for (const line of rest) {
        selection.insertParagraph();
        selection.insertText(line);
      }
    },
    { discrete: true },
  );
  return true;
}
