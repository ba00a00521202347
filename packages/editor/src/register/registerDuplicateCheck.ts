import { mergeRegister } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';
import { $readBody } from '../serialize/readBody.ts';
import { acquireBodyIndex } from './bodyIndex.ts';
import { createIdleTask, isAnyComposing } from './idleTask.ts';

/** An existing item similar to the draft, as the search returns it. */
export interface SimilarItem {
  readonly id: string;
  readonly title: string;
  /** Similarity, higher is closer (the search decides the scale). */
  readonly score?: number;
  /** A short excerpt or where the item comes from (unit, date). */
  readonly detail?: string;
}

/** Finds existing items similar to a draft; `signal` aborts when a newer search supersedes it. */
export type FindSimilar = (title: string, body: string, signal?: AbortSignal) => Promise<readonly SimilarItem[]>;

/** Options of {@link registerDuplicateCheck}. */
export interface DuplicateCheckOptions {
  /** The title's editor. */
  readonly title?: LexicalEditor | null;
  /** Quiet time after typing before searching, in ms. Default 600. */
  readonly delay?: number;
  /** Fewer characters than this (title and body together) search nothing. Default 8. */
  readonly minLength?: number;
  /** Called with the results of the latest search only (stale results are dropped). */
  readonly onResults: (items: readonly SimilarItem[]) => void;
  /** Called when the latest search fails. */
  readonly onError?: (error: unknown) => void;
}

/**
 * Searches for similar existing items while the draft is written: after a quiet time, at idle, never
 * during an IME composition, and only when the text changed. A newer search aborts the older one, and a
 * result that arrives after a newer search started is dropped. Returns the cleanup.
 *
 * @example
 * const stop = registerDuplicateCheck(bodyEditor, search.findSimilar, { title: titleEditor, onResults: setSimilar });
 */
export function registerDuplicateCheck(
  editor: LexicalEditor,
  findSimilar: FindSimilar,
  options: DuplicateCheckOptions,
): () => void {
  const title = options.title ?? null;
  let lastKey: string | null = null;
  let current: AbortController | null = null;
  const [index, releaseIndex] = acquireBodyIndex(editor);
  const task = createIdleTask(() => {
    if (isAnyComposing(editor, title)) return;
    const titleText = title ? title.getEditorState().read(() => $readBody().text) : '';
    const bodyText = index.text();
    const key = `${titleText}\u0000${bodyText}`;
    if (key === lastKey) return;
    lastKey = key;
    current?.abort();
    if ((titleText + bodyText).trim().length < (options.minLength ?? 8)) {
      current = null;
      options.onResults([]);
      return;
    }
    const controller = new AbortController();
    current = controller;
    findSimilar(titleText, bodyText, controller.signal).then(
      (items) => {
        if (current === controller) options.onResults(items);
      },
      (error: unknown) => {
        if (current === controller) options.onError?.(error);
      },
    );
  }, options.delay ?? 600);
  const onUpdate = ({
    dirtyElements,
    dirtyLeaves,
  }: {
    dirtyElements: Map<string, boolean>;
    dirtyLeaves: Set<string>;
  }) => {
    if (dirtyElements.size > 0 || dirtyLeaves.size > 0) task.schedule();
  };
  const unregister = mergeRegister(
    editor.registerUpdateListener(onUpdate),
    title ? title.registerUpdateListener(onUpdate) : () => {},
  );
  task.schedule();
  return () => {
    unregister();
    task.cancel();
    current?.abort();
    current = null;
    releaseIndex();
  };
}
