import type { BriefingDocument } from '../document/BriefingDocument.ts';
import type { BulletinIssue } from './BulletinIssue.ts';
import { blankLine, itemBody } from './blocks.ts';
import { colophon } from './colophon.ts';
import { documentFromText } from './documentFromText.ts';
import { masthead } from './masthead.ts';
import { officialDocument, packDocx } from './page.ts';

/** Options of {@link bulletinToDocx}. */
export interface BulletinDocxOptions {
  /**
   * The items as structured documents (headings, bold, lists, tables), in place of the plain-text `items` of the
   * issue; the workbench passes what its editor produced. Default: the issue's items, read as plain text.
   */
  readonly documents?: readonly BriefingDocument[];
  /** The author recorded in the file's properties. Default: 采编台. */
  readonly creator?: string;
}

/**
 * Writes one issue of a bulletin as a Word document on the GB/T 9704-2012 page: the 报头 (密级, the name in red,
 * 期号, editing unit and date) over a red rule, the items in order (title in 2号 方正小标宋简体 centred, body,
 * unit), and the 报尾 (报/送/发 recipients, 共印N份) between rules at the bottom of the last page.
 *
 * @example
 * const parsed = parseBulletinIssue(readFileSync('issue.json', 'utf8'));
 * if (parsed.ok) writeFileSync('第12期.docx', await bulletinToDocx(parsed.value));
 */
export async function bulletinToDocx(issue: BulletinIssue, options: BulletinDocxOptions = {}): Promise<Uint8Array> {
  const documents = options.documents ?? issue.items.map((item) => documentFromText(item.title, item.body, item.unit));
  const children = [
    ...masthead(issue),
    ...documents.flatMap((doc) => [blankLine(), ...itemBody(doc, { blankAfterTitle: false })]),
    ...colophon(issue),
  ];
  const title = `${issue.name} ${issue.number}`;
  return packDocx(officialDocument(children, { title, ...(options.creator ? { creator: options.creator } : {}) }));
}
