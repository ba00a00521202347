import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_CRITICAL, KEY_DOWN_COMMAND, KEY_ENTER_COMMAND, type LexicalEditor } from 'lexical';

/** Whether a key event belongs to an IME composition (Chromium's keyCode 229, or the event's own flag). */
export function isCompositionKey(event: KeyboardEvent | null): boolean {
  return event !== null && (event.isComposing || event.keyCode === 229);
}

/**
 * Lets the IME own every key while it composes: Enter, Backspace and shortcuts (Ctrl+B, Ctrl+Z…) pressed
 * during a composition reach the IME only, never Lexical's commands. Lexical already ignores keydown while
 * it knows it is composing; this also covers the keydown that some browsers send after `compositionend`
 * (Safari's Enter that commits the pinyin, flagged with keyCode 229). The default action is left alone.
 * Returns the cleanup.
 */
export function registerCompositionGuard(editor: LexicalEditor): () => void {
  const guard = (event: KeyboardEvent | null) => editor.isComposing() || isCompositionKey(event);
  return mergeRegister(
    editor.registerCommand(KEY_DOWN_COMMAND, guard, COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(KEY_ENTER_COMMAND, guard, COMMAND_PRIORITY_CRITICAL),
  );
}
