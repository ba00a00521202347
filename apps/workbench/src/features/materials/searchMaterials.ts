import { pinyinOf } from '@caibian/core/search';
import type { MaterialRow } from '../../data/rows.ts';

interface Haystack {
  /** Text, source and tags, lower-cased. */
  text: string;
  /** Full toneless pinyin of the Han characters, without spaces (yingshanghuanjing). */
  full: string;
  /** First letters of each Han character's pinyin (yshj). */
  initials: string;
}

const cache = new WeakMap<MaterialRow, Haystack>();

function haystackOf(row: MaterialRow): Haystack {
  let h = cache.get(row);
  if (h) return h;
  const text = [row.text, row.source ?? '', ...row.tags].join('\n');
  const syllables = pinyinOf(text).filter((s) => s !== '');
  h = {
    text: text.toLowerCase(),
    full: syllables.join(''),
    initials: syllables.map((s) => s[0]).join(''),
  };
  cache.set(row, h);
  return h;
}

/** Whether one search term matches: as written, or (for Latin letters) as full pinyin or pinyin initials. */
function termMatches(h: Haystack, term: string): boolean {
  if (h.text.includes(term)) return true;
  if (!/^[a-z]+$/.test(term)) return false;
  return h.initials.includes(term) || h.full.includes(term);
}

/**
 * The materials matching `query`, in their given order: every whitespace-separated term must occur in the text,
 * source or tags, as written or as pinyin (营商 → yingshang) or pinyin initials (yshj). An empty query keeps all.
 *
 * @example
 * searchMaterials(rows, 'yshj'); // the materials about 营商环境
 */
export function searchMaterials(rows: readonly MaterialRow[], query: string): MaterialRow[] {
  const terms = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...rows];
  return rows.filter((row) => {
    const h = haystackOf(row);
    return terms.every((t) => termMatches(h, t));
  });
}
