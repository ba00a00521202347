import { splitPinyin } from './pinyin.ts';
import { significant } from './text.ts';
import type { PreparedDoc } from './tokens.ts';

/** A run of matched characters to highlight: `[start, end)` in UTF-16 units of the field's original text. */
export interface MatchSpan {
  /** `unit` spans index into the document's `units`. */
  readonly field: 'title' | 'body' | 'unit';
  /** For `unit`: the position of the unit in the document's `units`. */
  readonly index?: number;
  readonly start: number;
  readonly end: number;
}

function runs(marked: Uint8Array, offsets: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < marked.length; k++) {
    if (!marked[k]) continue;
    const start = offsets[k] ?? 0;
    let j = k;
    while (j + 1 < marked.length && marked[j + 1]) j++;
    out.push([start, (offsets[j] ?? start) + 1]);
    k = j;
  }
  return out;
}

/** Marks the characters of `text` covered by a bigram of the query (or equal to a one-character query). */
function literalMarks(queryChars: string, text: string): { marked: Uint8Array; offsets: readonly number[] } {
  const { chars, offsets } = significant(text);
  const marked = new Uint8Array(chars.length);
  if (queryChars.length === 1) {
    for (let k = 0; k < chars.length; k++) if (chars[k] === queryChars) marked[k] = 1;
    return { marked, offsets };
  }
  const grams = new Set<string>();
  for (let k = 0; k + 1 < queryChars.length; k++) grams.add(queryChars.slice(k, k + 2));
  for (let k = 0; k + 1 < chars.length; k++) {
    if (grams.has(chars.slice(k, k + 2))) {
      marked[k] = 1;
      marked[k + 1] = 1;
    }
  }
  return { marked, offsets };
}

/** Marks title characters whose pinyin spells the query, in full (ying shang) or by initials (yshj). */
function pinyinMarks(queryChars: string, p: PreparedDoc, marked: Uint8Array): void {
  const { chars, offsets } = significant(p.doc.title);
  const syl = chars.split('').map((c, k) => p.pinyin[offsets[k] ?? -1] || c);
  const pieces = splitPinyin(queryChars);
  if (pieces && pieces.length >= 2) {
    for (let k = 0; k + pieces.length <= syl.length; k++) {
      const fits = pieces.every((piece, j) =>
        j === pieces.length - 1 ? (syl[k + j] ?? '').startsWith(piece) : syl[k + j] === piece,
      );
      if (fits) marked.fill(1, k, k + pieces.length);
    }
  }
  let at = p.initialsText.indexOf(queryChars);
  while (at >= 0 && queryChars.length >= 2) {
    marked.fill(1, at, at + queryChars.length);
    at = p.initialsText.indexOf(queryChars, at + 1);
  }
}

/**
 * The spans of a document that the query matched: title characters covered by query bigrams or spelled by
 * its pinyin, unit names containing the query or one of their aliases, and the first few body runs.
 */
export function matchSpans(query: string, p: PreparedDoc, maxBodySpans = 5): MatchSpan[] {
  const q = significant(query).chars;
  if (q === '') return [];
  const out: MatchSpan[] = [];
  const title = literalMarks(q, p.doc.title);
  if (/^[a-z]+$/.test(q)) pinyinMarks(q, p, title.marked);
  for (const [start, end] of runs(title.marked, title.offsets)) out.push({ field: 'title', start, end });
  (p.doc.units ?? []).forEach((unit, index) => {
    const at = q.length >= 2 ? unit.indexOf(q) : -1;
    if (at >= 0) out.push({ field: 'unit', index, start: at, end: at + q.length });
  });
  if (p.doc.body) {
    const body = literalMarks(q, p.doc.body);
    for (const [start, end] of runs(body.marked, body.offsets).slice(0, maxBodySpans)) {
      out.push({ field: 'body', start, end });
    }
  }
  return out;
}
