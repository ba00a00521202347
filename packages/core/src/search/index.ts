/**
 * `@caibian/core/search`: Chinese search over items (typos, pinyin, initials, unit abbreviations) with
 * highlight spans, duplicate warnings for drafts, and matching of upstream adoption notices. Pure: runs in a
 * browser, a worker and Node. Kept out of the main entry because it brings the pinyin dictionary.
 *
 * @example
 * import { SearchIndex, matchNotice, searchDocFromItem } from '@caibian/core/search';
 * const index = SearchIndex.build(items.map((item) => searchDocFromItem(item)));
 * index.search('yshj');
 * matchNotice(index, [{ title: '宣汉优化营商环境' }]);
 *
 * @packageDocumentation
 */

export {
  type DuplicateDraft,
  type DuplicateOptions,
  type DuplicateReason,
  type DuplicateWarning,
  findDuplicates,
} from './findDuplicates.ts';
export {
  matchNotice,
  type NoticeCandidate,
  type NoticeMatch,
  type NoticeMatchOptions,
  type NoticeRow,
} from './matchNotice.ts';
export { pinyinOf, splitPinyin } from './pinyin.ts';
export { type SearchDoc, type SearchDocExtras, searchDocFromItem } from './searchDoc.ts';
export { type SearchHit, SearchIndex, type SearchOptions } from './searchIndex.ts';
export { loadSearchIndex, SEARCH_INDEX_VERSION, type SerializedSearchIndex, saveSearchIndex } from './serialize.ts';
export { sharedPhrases } from './similarity.ts';
export type { MatchSpan } from './spans.ts';
export { extractNumbers } from './text.ts';
export {
  buildUnitLexicon,
  deriveUnitAliases,
  findUnitMentions,
  type UnitLexicon,
  type UnitMention,
} from './unitAliases.ts';
