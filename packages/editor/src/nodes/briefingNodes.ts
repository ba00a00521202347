import { ListItemNode, ListNode } from '@lexical/list';
import { MarkNode } from '@lexical/mark';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { BriefingHeadingNode } from './BriefingHeadingNode.ts';

/**
 * Every node a briefing's body may hold, for the editor, the headless editor and tests: headings
 * (一、 （一） 1. （1）), lists, tables and review marks (comments), beside Lexical's paragraphs and text.
 */
export const BRIEFING_NODES: readonly Klass<LexicalNode>[] = [
  BriefingHeadingNode,
  ListNode,
  ListItemNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  MarkNode,
];
