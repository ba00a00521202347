/** IDF-weighted comparisons of short texts, shared by duplicate warnings and notice matching. */
import type { SearchIndex } from './searchIndex.ts';
import { bigramSet, extractNumbers, significant } from './text.ts';

/** The IDF of a title bigram in an index (rare bigrams weigh more). */
export function bigramIdf(index: SearchIndex): (gram: string) => number {
  const n = Math.max(index.size, 1);
  const cache = new Map<string, number>();
  return (gram) => {
    let v = cache.get(gram);
    if (v === undefined) {
      v = Math.log(1 + n / (1 + index.documentFrequency(`t${gram}`) + index.documentFrequency(`b${gram}`) / 8));
      cache.set(gram, v);
    }
    return v;
  };
}

/** Sum of the weights of `grams`, and of those also in every set of `within`' union. */
export function weightedOverlap(
  grams: ReadonlySet<string>,
  within: readonly ReadonlySet<string>[],
  idf: (gram: string) => number,
): { total: number; shared: number } {
  let total = 0;
  let shared = 0;
  for (const g of grams) {
    const w = idf(g);
    total += w;
    if (within.some((set) => set.has(g))) shared += w;
  }
  return { total, shared };
}

/** Removes the given substrings (unit names and aliases) from a text. */
export function withoutNames(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of names) if (name.length >= 2) out = out.split(name).join(' ');
  return out;
}

/** Local words that name no particular unit (我县, 全市…), left out of comparisons. */
export const GENERIC_PLACE = /(?:我|全|该|本)(?:省|市|县|区|镇|乡)/g;

/** Numbers of `a` also in `b`, and those missing. */
export function numberOverlap(a: string, b: string): { same: string[]; missing: string[] } {
  const inB = new Set(extractNumbers(b));
  const same: string[] = [];
  const missing: string[] = [];
  for (const n of extractNumbers(a)) (inB.has(n) ? same : missing).push(n);
  return { same, missing };
}

/**
 * The longest phrases (at least `minLength` significant characters) that `a` and `b` share, longest first,
 * without one inside another.
 *
 * @example
 * sharedPhrases('宣汉县新增市场主体3210户', '今年新增市场主体3210户'); // ['新增市场主体3210户']
 */
export function sharedPhrases(a: string, b: string, minLength = 4, max = 5): string[] {
  const sa = significant(a).chars;
  const sb = significant(b).chars;
  if (sa.length < minLength || sb.length < minLength) return [];
  const seeds = new Set<string>();
  for (let k = 0; k + minLength <= sb.length; k++) seeds.add(sb.slice(k, k + minLength));
  const found: string[] = [];
  let k = 0;
  while (k + minLength <= sa.length) {
    if (!seeds.has(sa.slice(k, k + minLength))) {
      k++;
      continue;
    }
    let end = k + minLength;
    while (end < sa.length && sb.includes(sa.slice(k, end + 1))) end++;
    found.push(sa.slice(k, end));
    k = end;
  }
  const unique = [...new Set(found)].sort((x, y) => y.length - x.length);
  return unique.filter((p, i) => !unique.slice(0, i).some((q) => q.includes(p))).slice(0, max);
}

/** Bigram sets of a title and a body, cached by the caller. */
export function gramsOf(text: string | undefined): Set<string> {
  return text ? bigramSet(text) : new Set();
}
