import { $isListItemNode, $isListNode, type ListNode } from '@lexical/list';
import { $isTableCellNode, $isTableNode, $isTableRowNode, type TableNode } from '@lexical/table';
import {
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import type { Block, Run } from '../document/BriefingDocument.ts';
import { $isBriefingHeadingNode } from '../nodes/BriefingHeadingNode.ts';

/** Where a text node's text sits in the body text: `[start, end)`. */
export interface TextSegment {
  readonly key: NodeKey;
  readonly start: number;
  readonly end: number;
}

/** A body read once: its blocks, its plain text, and where each text node sits in that text. */
export interface BodyReading {
  readonly blocks: readonly Block[];
  readonly text: string;
  readonly segments: readonly TextSegment[];
}

class Reader {
  text = '';
  readonly segments: TextSegment[] = [];

  /** Inline content of an element as runs; nested blocks (a paragraph in a cell) are joined by '\n'. */
  $runs(element: ElementNode, runs: Run[] = []): Run[] {
    let first = true;
    for (const child of element.getChildren()) {
      if ($isElementNode(child) && !child.isInline()) {
        if (!first) this.push(runs, '\n', false);
        this.$runs(child, runs);
      } else if ($isTextNode(child)) {
        const text = child.getTextContent();
        this.segments.push({ key: child.getKey(), start: this.text.length, end: this.text.length + text.length });
        this.push(runs, text, child.hasFormat('bold'));
      } else if ($isLineBreakNode(child)) {
        this.push(runs, '\n', false);
      } else if ($isElementNode(child)) {
        this.$runs(child, runs);
      } else {
        this.push(runs, child.getTextContent(), false);
      }
      first = false;
    }
    return runs;
  }

  push(runs: Run[], text: string, bold: boolean): void {
    if (text === '') return;
    this.text += text;
    const last = runs.at(-1);
    if (last && Boolean(last.bold) === bold)
      runs[runs.length - 1] = bold ? { text: last.text + text, bold } : { text: last.text + text };
    else runs.push(bold ? { text, bold } : { text });
  }

  $listItems(list: ListNode, items: Run[][]): Run[][] {
    for (const item of list.getChildren()) {
      if (!$isListItemNode(item)) continue;
      const nested = item.getChildren().filter($isListNode);
      if (nested.length > 0 && nested.length === item.getChildrenSize()) {
        for (const inner of nested) this.$listItems(inner, items);
        continue;
      }
      if (items.length > 0) this.text += '\n';
      items.push(this.$runs(item));
    }
    return items;
  }

  $tableRows(table: TableNode): Run[][][] {
    const rows: Run[][][] = [];
    for (const row of table.getChildren()) {
      if (!$isTableRowNode(row)) continue;
      if (rows.length > 0) this.text += '\n';
      const cells: Run[][] = [];
      for (const cell of row.getChildren()) {
        if (!$isTableCellNode(cell)) continue;
        if (cells.length > 0) this.text += '\t';
        cells.push(this.$runs(cell));
      }
      rows.push(cells);
    }
    return rows;
  }

  $block(node: ElementNode): Block {
    if ($isBriefingHeadingNode(node)) return { kind: 'heading', level: node.getLevel(), runs: this.$runs(node) };
    if ($isListNode(node))
      return { kind: 'list', ordered: node.getListType() === 'number', items: this.$listItems(node, []) };
    if ($isTableNode(node)) return { kind: 'table', rows: this.$tableRows(node) };
    return { kind: 'paragraph', runs: this.$runs(node) };
  }
}

/**
 * Reads the body (the root of the active editor state, or `root`) into blocks and plain text, with the
 * place of every text node in that text. The text is what norms offsets refer to: blocks separated by a
 * blank line, list items and rows by a line break, cells by a tab (as {@link blocksToText}).
 * Runs inside `editor.read`/`update`.
 */
export function $readBody(root: ElementNode = $getRoot()): BodyReading {
  const reader = new Reader();
  const blocks: Block[] = [];
  for (const child of root.getChildren()) {
    if (blocks.length > 0) reader.text += '\n\n';
    if ($isElementNode(child) && !child.isInline()) blocks.push(reader.$block(child));
    else {
      const text = child.getTextContent();
      reader.text += text;
      blocks.push({ kind: 'paragraph', runs: text === '' ? [] : [{ text }] });
    }
  }
  return { blocks, text: reader.text, segments: reader.segments };
}

/**
 * Reads one top-level block of the body as {@link $readBody} does, with offsets into the block's own
 * text: the body's text is the blocks' texts joined by a blank line. Runs inside `editor.read`/`update`.
 */
export function $readBlock(node: LexicalNode): BodyReading & { readonly block: Block } {
  const reader = new Reader();
  if ($isElementNode(node) && !node.isInline()) {
    const block = reader.$block(node);
    return { block, blocks: [block], text: reader.text, segments: reader.segments };
  }
  const text = node.getTextContent();
  const block: Block = { kind: 'paragraph', runs: text === '' ? [] : [{ text }] };
  return { block, blocks: [block], text, segments: [] };
}
