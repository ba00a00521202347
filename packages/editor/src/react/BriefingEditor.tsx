import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { useEffect } from 'react';
import { registerTextReport, type TextReport } from '../register/registerTextReport.ts';

/** Props of {@link BriefingEditor}. */
export interface BriefingEditorProps {
  /** Called with the text and counts after each committed change (never mid-composition). */
  readonly onChange?: (report: TextReport) => void;
  /** Accessible name of the editing area. Default: 正文. */
  readonly label?: string;
  /** Shown while the body is empty. Default: 请输入正文. */
  readonly placeholder?: string;
}

/**
 * An uncontrolled rich-text editor for a briefing's body. It reports changes through `onChange`.
 *
 * @example
 * <BriefingEditor onChange={({ counts }) => setCount(counts.total)} />
 */
export function BriefingEditor({ onChange, label = '正文', placeholder = '请输入正文' }: BriefingEditorProps) {
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'caibian-briefing',
        nodes: [HeadingNode, QuoteNode],
        onError: (error) => {
          throw error;
        },
      }}
    >
      <div className="caibian-editor">
        <RichTextPlugin
          contentEditable={<ContentEditable className="caibian-editor__body" aria-label={label} />}
          placeholder={<div className="caibian-editor__placeholder">{placeholder}</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        {onChange ? <TextReportPlugin onReport={onChange} /> : null}
      </div>
    </LexicalComposer>
  );
}

function TextReportPlugin({ onReport }: { onReport: (report: TextReport) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerTextReport(editor, onReport), [editor, onReport]);
  return null;
}
