import {
  $applyNodeReplacement,
  $createParagraphNode,
  $getDocument,
  $getState,
  $setState,
  createState,
  type DOMConversionOutput,
  type EditorConfig,
  ElementNode,
  type LexicalNode,
  type ParagraphNode,
  type RangeSelection,
} from 'lexical';
import type { HeadingLevel } from '../document/BriefingDocument.ts';

function parseLevel(value: unknown): HeadingLevel {
  return value === 2 || value === 3 || value === 4 ? value : 1;
}

/** The heading level, saved flat in the node's JSON as `level` (absent means 1). */
const levelState = createState('level', { parse: parseLevel });

/** Fonts of official documents per level (domain.md): 一、 黑体, （一） 楷体, 1. and （1） like the body. */
const LEVEL_NAMES: Record<HeadingLevel, string> = { 1: '一级标题', 2: '二级标题', 3: '三级标题', 4: '四级标题' };

/**
 * A heading of an official document with a level 1–4 (一、 （一） 1. （1）). The numbering is part of
 * the text, as written. Rendered as `<h2>`–`<h5>` (the item's title is the `<h1>`).
 */
export class BriefingHeadingNode extends ElementNode {
  override $config() {
    return this.config('briefing-heading', {
      extends: ElementNode,
      stateConfigs: [{ stateConfig: levelState, flat: true }],
      importDOM: {
        h2: () => ({ conversion: convertHeading, priority: 0 }),
        h3: () => ({ conversion: convertHeading, priority: 0 }),
        h4: () => ({ conversion: convertHeading, priority: 0 }),
        h5: () => ({ conversion: convertHeading, priority: 0 }),
      },
    });
  }

  /** The level, 1 (一、) to 4 (（1）). */
  getLevel(): HeadingLevel {
    return $getState(this, levelState);
  }

  /** Sets the level. */
  setLevel(level: HeadingLevel): this {
    return $setState(this, levelState, level);
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const level = $getState(this, levelState, 'direct');
    const element = $getDocument().createElement(`h${level + 1}`);
    element.className = `caibian-heading caibian-heading--${level}`;
    element.dataset.level = String(level);
    element.title = LEVEL_NAMES[level];
    const themed = config.theme.briefingHeading;
    if (typeof themed === 'string') element.classList.add(themed);
    return element;
  }

  override updateDOM(prevNode: this): boolean {
    return $getState(prevNode, levelState, 'direct') !== $getState(this, levelState, 'direct');
  }

  /** Enter at the end of a heading starts a body paragraph; in the middle it splits the heading. */
  override insertNewAfter(selection?: RangeSelection, restoreSelection = true): ParagraphNode | BriefingHeadingNode {
    const last = this.getLastDescendant();
    const atEnd =
      !selection ||
      !last ||
      (selection.anchor.key === last.getKey() && selection.anchor.offset === last.getTextContentSize());
    const next = atEnd ? $createParagraphNode() : $createBriefingHeadingNode(this.getLevel());
    this.insertAfter(next, restoreSelection);
    return next;
  }

  /** Backspace at the start turns the heading back into a paragraph. */
  override collapseAtStart(): true {
    const paragraph = $createParagraphNode();
    for (const child of this.getChildren()) paragraph.append(child);
    this.replace(paragraph);
    paragraph.selectStart();
    return true;
  }
}

function convertHeading(element: HTMLElement): DOMConversionOutput {
  const level = parseLevel(Number(element.tagName.slice(1)) - 1);
  return { node: $createBriefingHeadingNode(level) };
}

/** Creates a {@link BriefingHeadingNode} of the given level (default 1). Runs inside `editor.update`. */
export function $createBriefingHeadingNode(level: HeadingLevel = 1): BriefingHeadingNode {
  return $applyNodeReplacement(new BriefingHeadingNode()).setLevel(level);
}

/** Whether `node` is a {@link BriefingHeadingNode}. */
export function $isBriefingHeadingNode(node: LexicalNode | null | undefined): node is BriefingHeadingNode {
  return node instanceof BriefingHeadingNode;
}
