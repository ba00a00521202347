import { mergeRegister } from '@lexical/utils';
import {
  $createTextNode,
  COMMAND_PRIORITY_HIGH,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_ENTER_COMMAND,
  type LexicalEditor,
  LineBreakNode,
} from 'lexical';
import { isCompositionKey } from './registerCompositionGuard.ts';

/**
 * Keeps an editor to one line, for the title: Enter (outside a composition) calls `onEnter` instead of
 * breaking the line (the editor moves the caret to the body), and pasted line breaks become nothing
 * between Chinese text or a space elsewhere. Returns the cleanup.
 */
export function registerTitleLine(editor: LexicalEditor, onEnter: () => void): () => void {
  return mergeRegister(
    editor.registerCommand(
      KEY_ENTER_COMMAND,
      (event) => {
        if (editor.isComposing() || isCompositionKey(event)) return true;
        event?.preventDefault();
        onEnter();
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(INSERT_PARAGRAPH_COMMAND, () => true, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(INSERT_LINE_BREAK_COMMAND, () => true, COMMAND_PRIORITY_HIGH),
    editor.registerNodeTransform(LineBreakNode, (node) => {
      const before = node.getPreviousSibling()?.getTextContent().at(-1) ?? '';
      const after = node.getNextSibling()?.getTextContent()[0] ?? '';
      if (/[\x21-\x7e]/.test(before) && /[\x21-\x7e]/.test(after)) node.replace($createTextNode(' '));
      else node.remove();
    }),
  );
}
