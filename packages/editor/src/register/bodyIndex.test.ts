import { countCharacters } from '@caibian/core';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, HISTORIC_TAG } from 'lexical';
import { describe, expect, it } from 'vitest';
import { createBriefingHeadlessEditor } from '../serialize/headless.ts';
import { $readBody } from '../serialize/readBody.ts';
import { acquireBodyIndex } from './bodyIndex.ts';

const PARAGRAPHS = ['7月1日，我县召开防汛工作会议。', '一是压实责任。', '投资5-10万元。'];

function editorWith(paragraphs: readonly string[]) {
  const editor = createBriefingHeadlessEditor();
  editor.update(
    () => {
      $getRoot()
        .clear()
        .append(...paragraphs.map((text) => $createParagraphNode().append($createTextNode(text))));
    },
    { discrete: true },
  );
  return editor;
}

const bodyText = (editor: ReturnType<typeof editorWith>) => editor.getEditorState().read(() => $readBody().text);

describe('acquireBodyIndex', () => {
  it('reads the body as $readBody does, with counts, and re-reads only the changed block', () => {
    const editor = editorWith(PARAGRAPHS);
    const [index, release] = acquireBodyIndex(editor);
    const before = index.blocks();
    expect(index.text()).toBe(bodyText(editor));
    expect(index.counts()).toEqual(countCharacters(bodyText(editor)));

    editor.update(
      () => {
        const second = $getRoot().getChildAtIndex(1);
        const text = $isElementNode(second) ? second.getFirstChild() : null;
        if ($isTextNode(text)) text.setTextContent('一是压实责任，强化值守。');
      },
      { discrete: true },
    );
    const after = index.blocks();
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[2]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[1]?.text).toBe('一是压实责任，强化值守。');
    expect(index.text()).toBe(bodyText(editor));
    expect(index.counts()).toEqual(countCharacters(bodyText(editor)));
    release();
  });

  it('follows inserted and removed blocks, and a whole new state (undo) is read again', () => {
    const editor = editorWith(PARAGRAPHS);
    const [index, release] = acquireBodyIndex(editor);
    index.blocks();
    const saved = editor.getEditorState();
    editor.update(
      () => {
        $getRoot().getFirstChild()?.remove();
        $getRoot().append($createParagraphNode().append($createTextNode('新段落')));
      },
      { discrete: true },
    );
    expect(index.text()).toBe(bodyText(editor));
    editor.setEditorState(saved, { tag: HISTORIC_TAG });
    expect(index.text()).toBe(PARAGRAPHS.join('\n\n'));
    release();
  });

  it('is shared by the features of one editor and stops listening when the last lets go', () => {
    const editor = editorWith(PARAGRAPHS);
    const [a, releaseA] = acquireBodyIndex(editor);
    const [b, releaseB] = acquireBodyIndex(editor);
    expect(a).toBe(b);
    releaseA();
    releaseA(); // twice is harmless
    const [c, releaseC] = acquireBodyIndex(editor);
    expect(c).toBe(b);
    releaseC();
    releaseB();
  });
});
