import type { Block } from '../document/BriefingDocument.ts';
import { headingLevelOf } from './headingLevelOf.ts';

const EDGE_SPACE = /^[\s\u3000]+|[\s\u3000]+$/g;

/**
 * Splits plain text into blocks: blank lines separate paragraphs, other line breaks stay inside the
 * paragraph, and a line starting with 一、 （一） 1. or （1） is a heading of that level. Leading and
 * trailing spaces of each line (the typed full-width indent too) are dropped.
 *
 * @example
 * textToBlocks('一、总体情况\n全市……\n\n二、下步打算');
 * // [heading 1 '一、总体情况', paragraph '全市……', heading 1 '二、下步打算']
 */
export function textToBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length > 0) blocks.push({ kind: 'paragraph', runs: [{ text: lines.join('\n') }] });
    lines = [];
  };
  for (const raw of body.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(EDGE_SPACE, '');
    if (line === '') {
      flush();
      continue;
    }
    const level = headingLevelOf(line);
    if (level === null) {
      lines.push(line);
      continue;
    }
    flush();
    blocks.push({ kind: 'heading', level, runs: [{ text: line }] });
  }
  flush();
  return blocks;
}

/** The text of a list of runs. */
export function runsText(runs: readonly { readonly text: string }[]): string {
  return runs.map((run) => run.text).join('');
}

/**
 * Plain text of blocks, the way the editor reads its body: blocks separated by a blank line, list items
 * by a line break, table cells by a tab and rows by a line break.
 */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks.map(blockText).join('\n\n');
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      return runsText(block.runs);
    case 'list':
      return block.items.map(runsText).join('\n');
    case 'table':
      return block.rows.map((row) => row.map(runsText).join('\t')).join('\n');
  }
}
