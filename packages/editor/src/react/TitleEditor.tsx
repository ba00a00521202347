import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { registerCompositionGuard } from '../register/registerCompositionGuard.ts';
import { registerTitleLine } from '../register/registerTitleLine.ts';
import { EditorCapture } from './EditorCapture.tsx';
import { useLatest, useRegister } from './useRegister.ts';

/** Props of {@link TitleEditor}. */
export interface TitleEditorProps {
  readonly initialTitle: string;
  readonly placeholder: string;
  readonly onEditor: (editor: LexicalEditor | null) => void;
  /** Enter in the title: move on to the body. */
  readonly onEnter: () => void;
}

function TitleFeatures({ onEnter }: { onEnter: () => void }) {
  const [editor] = useLexicalComposerContext();
  const latest = useLatest(onEnter);
  useRegister(editor, registerCompositionGuard, []);
  useRegister(editor, (e) => registerTitleLine(e, () => latest.current()), []);
  return null;
}

/** The title line: a one-line plain-text editor with its own history. */
export function TitleEditor({ initialTitle, placeholder, onEditor, onEnter }: TitleEditorProps) {
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'caibian-briefing-title',
        editorState: () => {
          const paragraph = $createParagraphNode();
          if (initialTitle !== '') paragraph.append($createTextNode(initialTitle));
          $getRoot().clear().append(paragraph);
        },
        onError: (error) => {
          throw error;
        },
      }}
    >
      <div className="caibian-editor__frame">
        <PlainTextPlugin
          contentEditable={<ContentEditable className="caibian-editor__title" aria-label="标题" />}
          placeholder={
            <div className="caibian-editor__placeholder caibian-editor__placeholder--title">{placeholder}</div>
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
      <TitleFeatures onEnter={onEnter} />
      <EditorCapture onEditor={onEditor} />
    </LexicalComposer>
  );
}
