import { type CharacterCount, countCharacters } from '@caibian/core';
import { $getRoot, HISTORIC_TAG, type LexicalEditor, type NodeKey } from 'lexical';
import { $readBlock, type TextSegment } from '../serialize/readBody.ts';

/** One top-level block of the body as last read: its text and where its text nodes sit in it. */
export interface BlockReading {
  readonly key: NodeKey;
  /** The block's text (as in `$readBody`'s text, without the blank lines between blocks). */
  readonly text: string;
  /** Text nodes, offsets into `text`. */
  readonly segments: readonly TextSegment[];
  /** Counts of `text`, computed on first use. */
  counts(): CharacterCount;
}

/** The body's blocks, kept up to date by re-reading only the blocks changed since the last read. */
export interface BodyIndex {
  /**
   * The body's blocks in order as of the editor's latest state. An unchanged block is the same object as
   * in the previous read (its DOM is untouched too); a changed one is read again.
   */
  blocks(): readonly BlockReading[];
  /** The body's plain text, as `$readBody(...).text`. */
  text(): string;
  /** Counts of the whole body, as `countCharacters(text())`. */
  counts(): CharacterCount;
}

/** What joins the blocks' texts into the body text: a blank line (as `$readBody`). */
export const BLOCK_SEPARATOR = '\n\n';

interface Shared extends BodyIndex {
  users: number;
  stop: () => void;
}

const shared = new WeakMap<LexicalEditor, Shared>();

function reading(key: NodeKey, text: string, segments: readonly TextSegment[]): BlockReading {
  let counts: CharacterCount | undefined;
  return { key, text, segments, counts: () => (counts ??= countCharacters(text)) };
}

function createBodyIndex(editor: LexicalEditor): Shared {
  let cache = new Map<NodeKey, BlockReading>();
  let order: readonly BlockReading[] = [];
  const dirty = new Set<NodeKey>();
  let stale = true;
  let all = true;
  let text: string | null = null;
  const stop = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
    stale = true;
    // a whole new state (undo/redo, setEditorState) marks only the root: read every block again
    if (tags.has(HISTORIC_TAG) || (dirtyLeaves.size === 0 && dirtyElements.size === 1 && dirtyElements.has('root')))
      all = true;
    else {
      for (const key of dirtyElements.keys()) dirty.add(key);
      for (const key of dirtyLeaves) dirty.add(key);
    }
  });
  const blocks = () => {
    if (!stale) return order;
    const next = new Map<NodeKey, BlockReading>();
    order = editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((child) => {
          const key = child.getKey();
          const known = all || dirty.has(key) ? undefined : cache.get(key);
          const block = known ?? (({ text: t, segments }) => reading(key, t, segments))($readBlock(child));
          next.set(key, block);
          return block;
        }),
    );
    cache = next;
    dirty.clear();
    stale = false;
    all = false;
    text = null;
    return order;
  };
  return {
    users: 0,
    stop,
    blocks,
    text: () => {
      const current = blocks();
      text ??= current.map((block) => block.text).join(BLOCK_SEPARATOR);
      return text;
    },
    counts: () => {
      let han = 0;
      let total = 0;
      for (const block of blocks()) {
        const c = block.counts();
        han += c.han;
        total += c.total;
      }
      return { han, total };
    },
  };
}

/**
 * The shared {@link BodyIndex} of `editor` (one per editor, whatever the number of features using it)
 * and its release. Listening costs one set insertion per update; reading happens when a feature asks.
 *
 * @example
 * const [index, release] = acquireBodyIndex(editor);
 * index.text(); // the body text, re-reading only the changed blocks
 */
export function acquireBodyIndex(editor: LexicalEditor): [BodyIndex, () => void] {
  let index = shared.get(editor);
  if (!index) {
    index = createBodyIndex(editor);
    shared.set(editor, index);
  }
  const mine = index;
  mine.users += 1;
  let released = false;
  return [
    mine,
    () => {
      if (released) return;
      released = true;
      mine.users -= 1;
      if (mine.users === 0) {
        mine.stop();
        shared.delete(editor);
      }
    },
  ];
}
