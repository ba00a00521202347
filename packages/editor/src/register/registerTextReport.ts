import { type CharacterCount, countCharacters } from '@caibian/core';
import { $getRoot, type LexicalEditor } from 'lexical';

/** What the editor reports after a change: the plain text and its character counts. */
export interface TextReport {
  readonly text: string;
  readonly counts: CharacterCount;
}

/**
 * Calls `onReport` with the editor's plain text and counts after every change that alters the text,
 * never in the middle of an IME composition (the composed text is reported once it is committed).
 * Returns the cleanup that stops listening.
 */
export function registerTextReport(editor: LexicalEditor, onReport: (report: TextReport) => void): () => void {
  let last: string | undefined;
  return editor.registerUpdateListener(({ editorState }) => {
    if (editor.isComposing()) return;
    const text = editorState.read(() => $getRoot().getTextContent());
    if (text === last) return;
    last = text;
    onReport({ text, counts: countCharacters(text) });
  });
}
