import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $setBlocksType } from '@lexical/selection';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  $isRootOrShadowRoot,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import { type MouseEvent, useEffect, useState } from 'react';
import type { HeadingLevel } from '../document/BriefingDocument.ts';
import { $createBriefingHeadingNode, $isBriefingHeadingNode } from '../nodes/BriefingHeadingNode.ts';

const BLOCK_TYPES: readonly { value: string; label: string }[] = [
  { value: '0', label: '正文' },
  { value: '1', label: '一级标题 一、' },
  { value: '2', label: '二级标题 （一）' },
  { value: '3', label: '三级标题 1.' },
  { value: '4', label: '四级标题 （1）' },
];

/** Keeps the editor's selection when a toolbar button is pressed. */
const keepSelection = (event: MouseEvent) => event.preventDefault();

/** Props of {@link Toolbar}. */
export interface ToolbarProps {
  /** Anchors a new comment to the selection (shown when review is on). */
  readonly onComment?: () => void;
}

/** The body's toolbar: undo/redo, bold, heading levels, lists, a table, a comment. Lives in the body's composer. */
export function Toolbar({ onComment }: ToolbarProps) {
  const [editor] = useLexicalComposerContext();
  const [block, setBlock] = useState('0');
  const [bold, setBold] = useState(false);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return;
          const top = $findMatchingParent(selection.anchor.getNode(), (node) => {
            const parent = node.getParent();
            return parent !== null && $isRootOrShadowRoot(parent);
          });
          setBlock($isBriefingHeadingNode(top) ? String(top.getLevel()) : '0');
          setBold(selection.hasFormat('bold'));
        });
      }),
    [editor],
  );

  const setBlockType = (value: string) => {
    editor.update(() => {
      const level = Number(value);
      $setBlocksType($getSelection(), () =>
        level >= 1 && level <= 4 ? $createBriefingHeadingNode(level as HeadingLevel) : $createParagraphNode(),
      );
    });
    editor.focus();
  };

  return (
    <div className="caibian-toolbar" role="toolbar" aria-label="格式">
      <button type="button" onMouseDown={keepSelection} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
        撤销
      </button>
      <button type="button" onMouseDown={keepSelection} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
        重做
      </button>
      <button
        type="button"
        aria-pressed={bold}
        onMouseDown={keepSelection}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
      >
        加粗
      </button>
      <select aria-label="段落样式" value={block} onChange={(event) => setBlockType(event.target.value)}>
        {BLOCK_TYPES.map((type) => (
          <option key={type.value} value={type.value}>
            {type.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        onMouseDown={keepSelection}
        onClick={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)}
      >
        项目列表
      </button>
      <button
        type="button"
        onMouseDown={keepSelection}
        onClick={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)}
      >
        编号列表
      </button>
      <button
        type="button"
        onMouseDown={keepSelection}
        onClick={() => editor.dispatchCommand(INSERT_TABLE_COMMAND, { rows: '3', columns: '3' })}
      >
        插入表格
      </button>
      {onComment ? (
        <button type="button" onMouseDown={keepSelection} onClick={onComment}>
          添加批注
        </button>
      ) : null}
    </div>
  );
}
