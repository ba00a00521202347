/**
 * Word output in the official layout of GB/T 9704-2012: one item, or one issue of a bulletin. No React, no DOM:
 * runs in browsers and in Node (the command line), and returns the `.docx` file's bytes.
 *
 * @packageDocumentation
 */

export {
  type BulletinIssue,
  type BulletinItem,
  parseBulletinIssue,
  RECIPIENT_KINDS,
  type RecipientKind,
} from './BulletinIssue.ts';
export { type BulletinDocxOptions, bulletinToDocx } from './bulletinToDocx.ts';
export { type ItemDocxOptions, itemToDocx } from './itemToDocx.ts';
// The layout's figures (page and grid in twips, font names, sizes in half-points), renamed for the package root.
export { FONT as DOCX_FONTS, PAGE as DOCX_PAGE, SIZE as DOCX_SIZES } from './layout.ts';
export { chineseDate } from './masthead.ts';
export { DOCX_MIME_TYPE } from './page.ts';
