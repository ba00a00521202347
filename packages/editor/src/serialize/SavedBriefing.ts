import { fail, ok, type Problem, type Result } from '@caibian/core';
import type { SerializedEditorState } from 'lexical';

/** The version of {@link SavedBriefing} this code writes. */
export const SAVED_BRIEFING_VERSION = 1;

/** A review comment anchored to body text by a mark with the same `id`. */
export interface ReviewComment {
  readonly id: string;
  /** The commented text as it was when the comment was added. */
  readonly quote: string;
  /** The comment itself. */
  readonly text: string;
  readonly author?: string;
  /** ISO 8601 time the comment was added. */
  readonly createdAt: string;
  readonly resolved: boolean;
}

/**
 * A briefing as saved by the editor: versioned JSON holding the title and the body's Lexical state.
 * New fields are added as optional; old ones are never reinterpreted.
 */
export interface SavedBriefing {
  readonly version: typeof SAVED_BRIEFING_VERSION;
  readonly title: string;
  readonly lexical: SerializedEditorState;
  /** Review comments (absent when there are none). */
  readonly comments?: readonly ReviewComment[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkComment(value: unknown, index: number, problems: Problem[]): void {
  const path = ['comments', index];
  if (!isRecord(value)) {
    problems.push({ code: 'invalid_type', message: '批注应为对象', path });
    return;
  }
  for (const key of ['id', 'quote', 'text', 'createdAt'] as const) {
    if (typeof value[key] !== 'string')
      problems.push({ code: 'invalid_type', message: `批注的 ${key} 应为文本`, path: [...path, key] });
  }
  if (typeof value.resolved !== 'boolean')
    problems.push({ code: 'invalid_type', message: '批注的 resolved 应为真或假', path: [...path, 'resolved'] });
}

/**
 * Checks the shape of a saved briefing (a JSON string or a parsed value), without loading the Lexical
 * state: see `parseBriefing` for the full check.
 */
export function checkSavedShape(input: unknown): Result<SavedBriefing, Problem> {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return fail([{ code: 'invalid_json', message: `不是有效的 JSON：${(error as Error).message}`, path: [] }]);
    }
  }
  if (!isRecord(value)) return fail([{ code: 'invalid_type', message: '稿件应为 JSON 对象', path: [] }]);
  const problems: Problem[] = [];
  if (value.version !== SAVED_BRIEFING_VERSION) {
    problems.push({
      code: 'unsupported_version',
      message: `不支持的稿件版本：${String(value.version)}（应为 ${SAVED_BRIEFING_VERSION}）`,
      path: ['version'],
    });
  }
  if (typeof value.title !== 'string')
    problems.push({ code: 'invalid_type', message: '标题应为文本', path: ['title'] });
  const lexical = value.lexical;
  if (
    !isRecord(lexical) ||
    !isRecord(lexical.root) ||
    lexical.root.type !== 'root' ||
    !Array.isArray(lexical.root.children)
  ) {
    problems.push({ code: 'invalid_type', message: '正文应为编辑器状态（含 root 节点）', path: ['lexical'] });
  }
  if (value.comments !== undefined) {
    if (Array.isArray(value.comments))
      value.comments.forEach((c, i) => {
        checkComment(c, i, problems);
      });
    else problems.push({ code: 'invalid_type', message: '批注应为数组', path: ['comments'] });
  }
  return problems.length > 0 ? fail(problems) : ok(value as unknown as SavedBriefing);
}
