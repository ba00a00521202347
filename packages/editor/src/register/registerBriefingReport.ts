import { type CharacterCount, countCharacters } from '@caibian/core';
import { mergeRegister } from '@lexical/utils';
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW, type LexicalEditor } from 'lexical';
import { $readBody } from '../serialize/readBody.ts';
import { type ReviewComment, SAVED_BRIEFING_VERSION, type SavedBriefing } from '../serialize/SavedBriefing.ts';
import { acquireBodyIndex, type BodyIndex } from './bodyIndex.ts';
import { createIdleTask, isAnyComposing } from './idleTask.ts';

/** What the editor reports after a change: the saved state, the texts and their counts. */
export interface BriefingReport {
  /** The versioned state to save and later pass back as `initialState`. */
  readonly state: SavedBriefing;
  readonly title: string;
  /** The body's plain text (blocks separated by a blank line). */
  readonly text: string;
  /** Counts of the body. */
  readonly counts: CharacterCount;
  /** Counts of the title. */
  readonly titleCounts: CharacterCount;
}

/** Options of {@link registerBriefingReport}. */
export interface BriefingReportOptions {
  /** The title's editor, if the title is edited. */
  readonly title?: LexicalEditor | null;
  /** Review comments to save with the state, read when a report is made. */
  readonly comments?: () => readonly ReviewComment[];
  /** Quiet time before a report, in ms. Default 250. */
  readonly delay?: number;
}

/** Reads the current state of the body (and title) editors as a report. */
export function readBriefingReport(body: LexicalEditor, options: BriefingReportOptions = {}): BriefingReport {
  const text = body.getEditorState().read(() => $readBody().text);
  return reportOf(body, { text: () => text, counts: () => countCharacters(text) }, options);
}

/** The report, with the body's text and counts from `index` (kept block by block). */
function reportOf(
  body: LexicalEditor,
  index: Pick<BodyIndex, 'text' | 'counts'>,
  options: BriefingReportOptions,
): BriefingReport {
  const titleText = options.title?.getEditorState().read(() => $readBody().text) ?? '';
  const comments = options.comments?.() ?? [];
  const state: SavedBriefing = {
    version: SAVED_BRIEFING_VERSION,
    title: titleText,
    lexical: body.getEditorState().toJSON(),
    ...(comments.length > 0 ? { comments } : {}),
  };
  return {
    state,
    title: titleText,
    text: index.text(),
    counts: index.counts(),
    titleCounts: countCharacters(titleText),
  };
}

/**
 * Calls `onReport` with the saved state, texts and counts after the content changes: after a quiet time
 * (`delay`) at idle, never in the middle of an IME composition (the composed text is reported once
 * committed; the pinyin never), and not again while nothing changed. A pending report is made at once
 * when the body loses focus and when the registration is cleaned up, so the last change is never lost.
 * Returns the cleanup.
 *
 * @example
 * const stop = registerBriefingReport(bodyEditor, (r) => save(r.state), { title: titleEditor });
 */
export function registerBriefingReport(
  body: LexicalEditor,
  onReport: (report: BriefingReport) => void,
  options: BriefingReportOptions = {},
): () => void {
  let last = '';
  const [index, releaseIndex] = acquireBodyIndex(body);
  const task = createIdleTask(() => {
    if (isAnyComposing(body, options.title)) return; // composition end updates the editor: rescheduled then
    const report = reportOf(body, index, options);
    const key = JSON.stringify(report.state);
    if (key === last) return;
    last = key;
    onReport(report);
  }, options.delay ?? 250);
  const onUpdate = ({
    dirtyElements,
    dirtyLeaves,
  }: {
    dirtyElements: Map<string, boolean>;
    dirtyLeaves: Set<string>;
  }) => {
    if (dirtyElements.size > 0 || dirtyLeaves.size > 0) task.schedule();
  };
  // What is loaded counts as reported: only changes are reported.
  last = JSON.stringify(readBriefingReport(body, options).state);
  const unregister = mergeRegister(
    body.registerUpdateListener(onUpdate),
    options.title ? options.title.registerUpdateListener(onUpdate) : () => {},
    body.registerCommand(
      BLUR_COMMAND,
      () => {
        if (!isAnyComposing(body, options.title)) task.flush();
        return false;
      },
      COMMAND_PRIORITY_LOW,
    ),
  );
  return () => {
    unregister();
    if (!isAnyComposing(body, options.title)) task.flush();
    task.cancel();
    releaseIndex();
  };
}
