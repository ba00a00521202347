import type { CharacterCount } from '@caibian/core';
import { registerList } from '@lexical/list';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { registerTablePlugin } from '@lexical/table';
import type { LexicalEditor } from 'lexical';
import { type Ref, useEffect, useImperativeHandle, useMemo, useState } from 'react';
import { BRIEFING_NODES } from '../nodes/briefingNodes.ts';
import { type BriefingEditorApi, insertBriefingText } from '../register/insertText.ts';
import type { NormsCheck } from '../register/normsFindings.ts';
import type { BriefingReport } from '../register/registerBriefingReport.ts';
import { registerCompositionGuard } from '../register/registerCompositionGuard.ts';
import type { FindSimilar, SimilarItem } from '../register/registerDuplicateCheck.ts';
import { registerWordPaste } from '../register/registerWordPaste.ts';
import type { SavedBriefing } from '../serialize/SavedBriefing.ts';
import { CountsBar } from './CountsBar.tsx';
import { EditorCapture } from './EditorCapture.tsx';
import { EDITOR_CSS, EDITOR_THEME } from './editorStyles.ts';
import { NormsPanel } from './NormsPanel.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';
import { SimilarPanel } from './SimilarPanel.tsx';
import { TitleEditor } from './TitleEditor.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useBriefingFeatures } from './useBriefingFeatures.ts';
import { useRegister } from './useRegister.ts';
import { useReview } from './useReview.ts';
import { type BriefingVersion, VersionCompare } from './VersionCompare.tsx';

/** Props of {@link BriefingEditor}. All optional; the editor is uncontrolled. */
export interface BriefingEditorProps {
  /** A saved state to start from (read once, on mount). Default: an empty item. */
  readonly initialState?: SavedBriefing;
  /**
   * Called with the saved state, texts and counts after the content changes: debounced (`changeDelay`),
   * never in the middle of an IME composition, at once on blur and on unmount.
   */
  readonly onChange?: (report: BriefingReport) => void;
  /** Quiet time before `onChange`, in ms. Default 250. */
  readonly changeDelay?: number;
  /** The writing-norms check (e.g. `checkNorms` of `@caibian/core`); underlines its findings. Default: none. */
  readonly checkNorms?: NormsCheck | null;
  /** Searches existing items similar to the draft; shown as a duplicate warning. Default: none. */
  readonly findSimilar?: FindSimilar | null;
  /** Called when a similar item is chosen. */
  readonly onOpenSimilar?: (item: SimilarItem) => void;
  /** Shows review comments (add, list, resolve). Default false (comments already saved are still kept). */
  readonly review?: boolean;
  /** Name recorded with new comments. */
  readonly reviewer?: string;
  /** Saved versions to list and compare with each other and the current draft. */
  readonly versions?: readonly BriefingVersion[];
  /** Accessible name of the body. Default 正文. */
  readonly label?: string;
  /** Shown while the body is empty. Default 请输入正文. */
  readonly placeholder?: string;
  /** Shown while the title is empty. Default 请输入标题. */
  readonly titlePlaceholder?: string;
  /** Receives what a page may ask of the editor: insert text at the caret (素材), focus the body. */
  readonly apiRef?: Ref<BriefingEditorApi>;
  /**
   * Shows the item without letting it change (e.g. once signed off): title and body cannot be edited, the
   * toolbar, one-click fixes and comment actions are left out and `insertText` refuses. Counts, findings, the
   * duplicate warning, comments and version comparison still show. Default false; may change while mounted.
   */
  readonly readOnly?: boolean;
  /** Clock for comment times. Default: the system clock. */
  readonly now?: () => Date;
  /** Id source for comments. Default: `crypto.randomUUID`. */
  readonly newId?: () => string;
}

const ZERO: CharacterCount = { han: 0, total: 0 };

function BodyPlugins() {
  const [editor] = useLexicalComposerContext();
  useRegister(editor, registerCompositionGuard, []);
  useRegister(editor, registerWordPaste, []);
  useRegister(editor, registerList, []);
  useRegister(editor, (e) => registerTablePlugin(e), []);
  return null;
}

/**
 * The drafting editor for one 政务信息 item: a title line and a rich body (paragraphs, bold, headings
 * 一、 （一） 1. （1）, lists, tables) with history and clean paste from Word/WPS; live character counts;
 * writing-norms underlines with one-click fixes; a duplicate warning; review comments and version
 * comparison. Uncontrolled: it loads `initialState` once and reports changes through `onChange`. Nothing
 * acts in the middle of an IME composition.
 *
 * @example
 * import { checkNorms } from '@caibian/core';
 * <BriefingEditor
 *   initialState={draft.state}
 *   onChange={(r) => saveDraft({ state: r.state, chars: r.counts.total })}
 *   checkNorms={checkNorms}
 *   findSimilar={(title, body) => search.similar(title, body)}
 *   review
 *   reviewer="王科长"
 *   versions={draft.versions}
 * />
 */
export function BriefingEditor(props: BriefingEditorProps) {
  const { initialState, label = '正文', placeholder = '请输入正文', titlePlaceholder = '请输入标题' } = props;
  const [title, setTitle] = useState<LexicalEditor | null>(null);
  const [body, setBody] = useState<LexicalEditor | null>(null);
  const readOnly = props.readOnly === true;
  const review = useReview(body, props, initialState?.comments ?? []);
  useImperativeHandle(
    props.apiRef,
    () => ({
      insertText: (text: string) => (body && !readOnly ? insertBriefingText(body, text) : false),
      focus: () => body?.focus(),
    }),
    [body, readOnly],
  );
  useEffect(() => {
    title?.setEditable(!readOnly);
    body?.setEditable(!readOnly);
  }, [title, body, readOnly]);
  const features = useBriefingFeatures(body, title, props, review.commentsRef, review.comments);
  const [initialConfig] = useState(() => ({
    namespace: 'caibian-briefing',
    nodes: [...BRIEFING_NODES],
    theme: EDITOR_THEME,
    ...(initialState ? { editorState: JSON.stringify(initialState.lexical) } : {}),
    onError: (error: Error) => {
      throw error;
    },
  }));

  const onComment = props.review && !readOnly ? review.start : null;
  // The editors do not depend on what the panels show: a report or new findings re-render the panels only.
  const editors = useMemo(
    () => (
      <>
        <TitleEditor
          initialTitle={initialState?.title ?? ''}
          placeholder={titlePlaceholder}
          onEditor={setTitle}
          onEnter={() => body?.focus()}
        />
        <LexicalComposer initialConfig={initialConfig}>
          <div className="caibian-editor__frame">
            {readOnly ? null : <Toolbar {...(onComment ? { onComment } : {})} />}
            <div style={{ position: 'relative' }}>
              <RichTextPlugin
                contentEditable={<ContentEditable className="caibian-editor__body" aria-label={label} />}
                placeholder={
                  <div className="caibian-editor__placeholder caibian-editor__placeholder--body">{placeholder}</div>
                }
                ErrorBoundary={LexicalErrorBoundary}
              />
            </div>
          </div>
          <HistoryPlugin />
          <BodyPlugins />
          <EditorCapture onEditor={setBody} />
        </LexicalComposer>
      </>
    ),
    [initialConfig, initialState?.title, titlePlaceholder, placeholder, label, body, onComment, readOnly],
  );

  return (
    <div className="caibian-editor">
      <style href="caibian-editor" precedence="default">
        {EDITOR_CSS}
      </style>
      {editors}
      <CountsBar title={features.report?.titleCounts ?? ZERO} body={features.report?.counts ?? ZERO} />
      {props.checkNorms ? (
        <NormsPanel
          findings={features.findings}
          active={features.active}
          {...(readOnly ? {} : { onFix: features.fix })}
        />
      ) : null}
      <SimilarPanel items={features.similar} {...(props.onOpenSimilar ? { onOpen: props.onOpenSimilar } : {})} />
      {props.review ? (
        <ReviewPanel
          comments={review.comments}
          draftQuote={review.draft?.quote ?? null}
          notice={review.notice}
          onSave={review.save}
          onCancel={review.cancel}
          {...(readOnly ? {} : { onResolve: review.resolve })}
          onLocate={review.locate}
        />
      ) : null}
      {props.versions && props.versions.length > 0 ? (
        <VersionCompare versions={props.versions} current={features.report?.state ?? initialState ?? null} />
      ) : null}
    </div>
  );
}
