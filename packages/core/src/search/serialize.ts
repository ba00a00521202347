import * as z from 'zod';
import type { Problem } from '../errors/problem.ts';
import { problemsFromZod, zodChinese } from '../errors/problem.ts';
import { fail, ok, type Result } from '../errors/result.ts';
import type { IsoDate } from '../model/date.ts';
import { isIsoDate } from '../model/date.ts';
import type { ItemId } from '../model/ids.ts';
import type { SearchDoc } from './searchDoc.ts';
import { SearchIndex } from './searchIndex.ts';

/** The version of the saved index format this code writes. */
export const SEARCH_INDEX_VERSION = 1;

/**
 * A saved index: JSON-compatible (IndexedDB, a file), documents in id order, each with its title pinyin
 * (syllables of the title's UTF-16 units joined by spaces, empty for non-Han units) so that loading needs no
 * dictionary lookups. Posting lists are rebuilt on load.
 */
export interface SerializedSearchIndex {
  readonly format: 'caibian-search-index';
  readonly version: typeof SEARCH_INDEX_VERSION;
  readonly docs: readonly { readonly doc: SearchDoc; readonly pinyin: string }[];
}

const textList = z.array(z.string()).optional();
const SavedSchema = z.object({
  format: z.literal('caibian-search-index'),
  version: z.literal(SEARCH_INDEX_VERSION),
  docs: z.array(
    z.object({
      doc: z.object({
        id: z
          .string()
          .min(1)
          .transform((v) => v as ItemId),
        title: z.string(),
        body: z.string().optional(),
        units: textList,
        tags: textList,
        publications: textList,
        date: z.custom<IsoDate>(isIsoDate, { message: '应为日期，格式 YYYY-MM-DD' }).optional(),
      }),
      pinyin: z.string(),
    }),
  ),
});

/**
 * Saves an index as JSON-compatible data.
 *
 * @example
 * await db.table('searchIndex').put({ key: 'items', value: saveSearchIndex(index) });
 */
export function saveSearchIndex(index: SearchIndex): SerializedSearchIndex {
  const docs = [...index.docs()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((doc) => ({ doc, pinyin: (index.prepared(doc.id)?.pinyin ?? []).join(' ') }));
  return { format: 'caibian-search-index', version: SEARCH_INDEX_VERSION, docs };
}

/**
 * Loads a saved index; a value of another format or version, or a malformed one, gives problems in Chinese
 * with their JSON path.
 *
 * @example
 * const loaded = loadSearchIndex(saved);
 * const index = loaded.ok ? loaded.value : SearchIndex.build(docs);
 */
export function loadSearchIndex(data: unknown): Result<SearchIndex, Problem> {
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > SEARCH_INDEX_VERSION) {
    return fail([
      {
        code: 'unsupported_version',
        message: `搜索索引版本 ${version} 高于本程序支持的版本 ${SEARCH_INDEX_VERSION}，请重建索引`,
        path: ['version'],
      },
    ]);
  }
  const parsed = SavedSchema.safeParse(data, zodChinese);
  if (!parsed.success) return fail(problemsFromZod(parsed.error));
  const pinyin = new Map(parsed.data.docs.map((d) => [d.doc.id as string, d.pinyin.split(' ')]));
  return ok(
    SearchIndex.build(
      parsed.data.docs.map((d) => d.doc),
      pinyin,
    ),
  );
}
