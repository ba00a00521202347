import type { BriefingDocument } from '../document/BriefingDocument.ts';
import { itemBody } from './blocks.ts';
import { officialDocument, packDocx } from './page.ts';

/** Options of {@link itemToDocx}. */
export interface ItemDocxOptions {
  /** Show the submitting unit, in parentheses at the right, after the body. Default: true. */
  readonly showUnit?: boolean;
  /** The author recorded in the file's properties. Default: 采编台. */
  readonly creator?: string;
}

/**
 * Writes one item as a Word document on the GB/T 9704-2012 page: the title in 2号 方正小标宋简体 centred, an
 * empty line, the body in 3号 仿宋_GB2312 (headings 黑体, 楷体_GB2312, 仿宋), then the unit if any.
 *
 * @example
 * const bytes = await itemToDocx(doc);
 * download(new Blob([bytes], { type: DOCX_MIME_TYPE }), `${doc.title}.docx`);
 */
export async function itemToDocx(doc: BriefingDocument, options: ItemDocxOptions = {}): Promise<Uint8Array> {
  const shown = options.showUnit === false ? { ...doc, unit: undefined } : doc;
  const children = itemBody(shown, { blankAfterTitle: true });
  return packDocx(
    officialDocument(children, { title: doc.title, ...(options.creator ? { creator: options.creator } : {}) }),
  );
}
