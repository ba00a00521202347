import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createTableCellNode, $createTableNode, $createTableRowNode, TableCellHeaderStates } from '@lexical/table';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import type { Block, Run } from '../document/BriefingDocument.ts';
import { $createBriefingHeadingNode } from '../nodes/BriefingHeadingNode.ts';

/** Appends runs to `element` as text nodes (bold kept) with line breaks for '\n'. */
export function $appendRuns(element: ElementNode, runs: readonly Run[]): ElementNode {
  for (const run of runs) {
    run.text.split('\n').forEach((part, index) => {
      if (index > 0) element.append($createLineBreakNode());
      if (part === '') return;
      const text = $createTextNode(part);
      if (run.bold) text.toggleFormat('bold');
      element.append(text);
    });
  }
  return element;
}

/**
 * Lexical nodes for blocks: paragraphs, headings of their level, lists and tables (the first row as a
 * header). Runs inside `editor.update`.
 */
export function $blocksToNodes(blocks: readonly Block[]): LexicalNode[] {
  return blocks.map($blockToNode);
}

function $blockToNode(block: Block): LexicalNode {
  switch (block.kind) {
    case 'paragraph':
      return $appendRuns($createParagraphNode(), block.runs);
    case 'heading':
      return $appendRuns($createBriefingHeadingNode(block.level), block.runs);
    case 'list': {
      const list = $createListNode(block.ordered ? 'number' : 'bullet');
      for (const item of block.items) list.append($appendRuns($createListItemNode(), item));
      return list;
    }
    case 'table': {
      const table = $createTableNode();
      block.rows.forEach((row, r) => {
        const rowNode = $createTableRowNode();
        for (const cell of row) {
          const header = r === 0 ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS;
          rowNode.append($createTableCellNode(header).append($appendRuns($createParagraphNode(), cell)));
        }
        table.append(rowNode);
      });
      return table;
    }
  }
}
