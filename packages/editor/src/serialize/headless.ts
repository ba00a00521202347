import { fail, invariant, ok, type Problem, type Result } from '@caibian/core';
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $getRoot, type LexicalEditor } from 'lexical';
import { BRIEFING_DOCUMENT_VERSION, type BriefingDocument } from '../document/BriefingDocument.ts';
import { BRIEFING_NODES } from '../nodes/briefingNodes.ts';
import { $blocksToNodes } from './blocksToNodes.ts';
import { $readBody } from './readBody.ts';
import { checkSavedShape, SAVED_BRIEFING_VERSION, type SavedBriefing } from './SavedBriefing.ts';
import { textToBlocks } from './textToBlocks.ts';

/**
 * A Lexical editor without a DOM that knows every briefing node: for Node (the command line) and tests.
 *
 * @example
 * const editor = createBriefingHeadlessEditor();
 * editor.setEditorState(editor.parseEditorState(saved.lexical));
 */
export function createBriefingHeadlessEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'caibian-briefing',
    nodes: [...BRIEFING_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

function load(saved: SavedBriefing): LexicalEditor {
  const editor = createBriefingHeadlessEditor();
  editor.setEditorState(editor.parseEditorState(saved.lexical));
  return editor;
}

/**
 * Parses a saved briefing (JSON text or a parsed value): checks its shape and version and that its body
 * loads in Lexical. Returns the briefing, or every problem with its JSON path and a Chinese message.
 *
 * @example
 * const r = parseBriefing(await readFile('draft.json', 'utf8'));
 * if (r.ok) console.log(briefingToText(r.value));
 * else for (const p of r.problems) console.error(formatProblem(p));
 */
export function parseBriefing(input: unknown): Result<SavedBriefing, Problem> {
  const shaped = checkSavedShape(input);
  if (!shaped.ok) return shaped;
  try {
    load(shaped.value);
  } catch (error) {
    return fail([{ code: 'invalid_state', message: `正文无法载入：${(error as Error).message}`, path: ['lexical'] }]);
  }
  return ok(shaped.value);
}

function read<T>(saved: SavedBriefing, reader: () => T): T {
  let editor: LexicalEditor;
  try {
    editor = load(saved);
  } catch (error) {
    invariant(false, `briefing state does not load (parse it with parseBriefing first): ${(error as Error).message}`);
  }
  return editor.getEditorState().read(reader);
}

/**
 * The body's plain text: blocks separated by a blank line, list items and table rows by a line break,
 * cells by a tab. Norms offsets of `part: 'body'` refer to this text.
 */
export function briefingBodyText(saved: SavedBriefing): string {
  return read(saved, () => $readBody().text);
}

/**
 * Plain text of a briefing: the title, a blank line, then the body (as {@link briefingBodyText}).
 *
 * @example
 * briefingToText(textToBriefing('标题', '正文')); // '标题\n\n正文'
 */
export function briefingToText(saved: SavedBriefing): string {
  const body = briefingBodyText(saved);
  return saved.title === '' ? body : body === '' ? saved.title : `${saved.title}\n\n${body}`;
}

/**
 * The structured content Word output consumes. Empty paragraphs are dropped (the layout spaces blocks).
 *
 * @example
 * const doc = briefingToDocument(saved); // { version: 1, title, blocks: [...] }
 */
export function briefingToDocument(saved: SavedBriefing): BriefingDocument {
  const blocks = read(saved, () => $readBody().blocks).filter(
    (block) => block.kind !== 'paragraph' || block.runs.some((run) => run.text.trim() !== ''),
  );
  return { version: BRIEFING_DOCUMENT_VERSION, title: saved.title.trim(), blocks };
}

/**
 * A briefing from plain text: blank lines separate paragraphs, and lines starting with 一、 （一） 1. or
 * （1） become headings of level 1–4.
 *
 * @example
 * textToBriefing('我县召开防汛工作会议', '一、基本情况\n\n7月1日，……');
 */
export function textToBriefing(title: string, body: string): SavedBriefing {
  const editor = createBriefingHeadlessEditor();
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      const nodes = $blocksToNodes(textToBlocks(body));
      root.append(...(nodes.length > 0 ? nodes : [$createParagraphNode()]));
    },
    { discrete: true },
  );
  return { version: SAVED_BRIEFING_VERSION, title: title.trim(), lexical: editor.getEditorState().toJSON() };
}
