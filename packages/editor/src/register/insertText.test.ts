// @vitest-environment node
import { $createParagraphNode, $createTextNode, $getRoot, $isTextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { createBriefingHeadlessEditor } from '../serialize/headless.ts';
import { insertBriefingText } from './insertText.ts';

function editorWith(...paragraphs: string[]) {
  const editor = createBriefingHeadlessEditor();
  editor.update(
    () => {
      const root = $getRoot();
      for (const text of paragraphs) root.append($createParagraphNode().append($createTextNode(text)));
    },
    { discrete: true },
  );
  return editor;
}

const paragraphs = (editor: ReturnType<typeof editorWith>) =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((p) => p.getTextContent()),
  );

describe('insertBriefingText', () => {
  it('inserts a material at the caret, in the middle of a sentence', () => {
    const editor = editorWith('今年以来，全县经济运行平稳。');
    editor.update(
      () => {
        const text = $getRoot().getFirstDescendant();
        if ($isTextNode(text)) text.select(11, 11);
      },
      { discrete: true },
    );
    expect(insertBriefingText(editor, '地区生产总值增长6.2%，')).toBe(true);
    expect(paragraphs(editor)).toEqual(['今年以来，全县经济运行地区生产总值增长6.2%，平稳。']);
  });

  it('appends at the end of the body when there is no caret, each line a paragraph', () => {
    const editor = editorWith('一、主要做法');
    insertBriefingText(editor, '县委书记张某指出：“要把群众的小事当作自己的大事”\n（来源：全县经济工作会议）');
    expect(paragraphs(editor)).toEqual([
      '一、主要做法县委书记张某指出：“要把群众的小事当作自己的大事”',
      '（来源：全县经济工作会议）',
    ]);
  });

  it('refuses to insert nothing', () => {
    const editor = editorWith('正文');
    expect(insertBriefingText(editor, '')).toBe(false);
    expect(paragraphs(editor)).toEqual(['正文']);
  });
});
