import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, type LexicalEditor, PASTE_COMMAND } from 'lexical';
import { $blocksToNodes } from '../serialize/blocksToNodes.ts';
import { htmlToBlocks } from '../serialize/htmlToBlocks.ts';

/** The clipboard type Lexical writes for its own copies, which keep their full structure. */
const LEXICAL_CLIPBOARD = 'application/x-lexical-editor';

/**
 * Pastes HTML from Word, WPS or web pages as clean content: paragraphs, bold, lists and tables kept,
 * every style dropped, lines numbered 一、 （一） 1. （1） made headings (see `htmlToBlocks`). Copies from a
 * Lexical editor and plain text are left to Lexical. Returns the cleanup.
 */
export function registerWordPaste(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    PASTE_COMMAND,
    (event) => {
      const data = 'clipboardData' in event ? event.clipboardData : null;
      if (!data || data.types.includes(LEXICAL_CLIPBOARD)) return false;
      const html = data.getData('text/html');
      if (html === '') return false;
      const blocks = htmlToBlocks(html);
      const selection = $getSelection();
      if (blocks.length === 0 || !$isRangeSelection(selection)) return false;
      event.preventDefault();
      $insertGeneratedNodes(editor, $blocksToNodes(blocks), selection);
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
}
