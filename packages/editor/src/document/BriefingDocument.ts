/**
 * A briefing as structured content, independent of Lexical: what the editor produces, what Word output
 * consumes, and what the command line builds from text. Versioned like every saved format.
 */

/** A run of text with its inline formatting. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
}

/**
 * Heading levels of official documents: 1 = 一、 (黑体), 2 = （一） (楷体), 3 = 1. , 4 = （1）.
 * The numbering text is part of the heading's runs, as written.
 */
export type HeadingLevel = 1 | 2 | 3 | 4;

/** A block of the body. */
export type Block =
  | { readonly kind: 'paragraph'; readonly runs: readonly Run[] }
  | { readonly kind: 'heading'; readonly level: HeadingLevel; readonly runs: readonly Run[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly (readonly Run[])[] }
  | { readonly kind: 'table'; readonly rows: readonly (readonly (readonly Run[])[])[] };

/** The version of {@link BriefingDocument} this code writes. */
export const BRIEFING_DOCUMENT_VERSION = 1;

/** One item: a title and a body of blocks. */
export interface BriefingDocument {
  readonly version: typeof BRIEFING_DOCUMENT_VERSION;
  readonly title: string;
  readonly blocks: readonly Block[];
  /** The submitting unit shown under the item in a bulletin, if any. */
  readonly unit?: string;
}
