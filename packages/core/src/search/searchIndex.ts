import { Scratch, type Scratch as ScratchType, type SlotScore, scoreSlots } from './candidates.ts';
import { pinyinOf } from './pinyin.ts';
import { Postings } from './postings.ts';
import { rankWithFuse } from './rankWithFuse.ts';
import { canonicalDoc, type SearchDoc } from './searchDoc.ts';
import { type MatchSpan, matchSpans } from './spans.ts';
import { significant } from './text.ts';
import { docTokens, type PreparedDoc, planQuery, prepareDoc, type QueryGroup } from './tokens.ts';

/** Options of {@link SearchIndex.search}. */
export interface SearchOptions {
  /** How many hits to return; default 20. */
  readonly limit?: number;
  /** Keeps only the documents it accepts (a unit, a date range…). */
  readonly filter?: (doc: SearchDoc) => boolean;
  /** Candidates handed to fuse.js for the final ranking; default `max(3 × limit, 40)`. */
  readonly candidates?: number;
  /** Scores every document instead of the index's candidates (the brute-force reference); slow. */
  readonly exhaustive?: boolean;
}

/** One search result. */
export interface SearchHit {
  readonly doc: SearchDoc;
  /** Relevance in [0, 1], higher is better. */
  readonly score: number;
  /** What to highlight. */
  readonly spans: readonly MatchSpan[];
}

/**
 * The search index over items: a candidate index of character bigrams, skip-bigrams, unit aliases and title
 * pinyin (full and initials), whose best candidates fuse.js ranks. Built once, saved with
 * {@link SearchIndex.toJSON} and loaded with `loadSearchIndex`, updated one item at a time.
 */
export class SearchIndex {
  readonly #slots: (PreparedDoc | undefined)[] = [];
  readonly #slotOf = new Map<string, number>();
  #postings = new Postings();
  #dead = 0;
  readonly #scratch: ScratchType = new Scratch();

  /**
   * Builds an index. `pinyin` supplies saved title pinyin (by id) so that loading skips the dictionary.
   *
   * @example
   * const index = SearchIndex.build(items.map((item) => searchDocFromItem(item)));
   * index.search('营商环竟')[0]?.doc.title; // '宣汉县多措并举优化营商环境'
   */
  static build(docs: Iterable<SearchDoc>, pinyin?: ReadonlyMap<string, readonly string[]>): SearchIndex {
    const index = new SearchIndex();
    for (const doc of docs) index.#put(doc, pinyin?.get(doc.id));
    index.#postings.trim();
    return index;
  }

  /** Number of documents. */
  get size(): number {
    return this.#slotOf.size;
  }

  /** The document with this id. */
  get(id: string): SearchDoc | undefined {
    const slot = this.#slotOf.get(id);
    return slot === undefined ? undefined : this.#slots[slot]?.doc;
  }

  /** Every document, in insertion order. */
  *docs(): IterableIterator<SearchDoc> {
    for (const p of this.#slots) if (p) yield p.doc;
  }

  /** Adds a document, or replaces the one with the same id. */
  upsert(doc: SearchDoc): void {
    this.remove(doc.id);
    this.#put(doc, undefined);
  }

  /** Removes a document; returns whether it was there. */
  remove(id: string): boolean {
    const slot = this.#slotOf.get(id);
    if (slot === undefined) return false;
    this.#slots[slot] = undefined;
    this.#slotOf.delete(id);
    this.#dead++;
    if (this.#dead > 256 && this.#dead > this.size / 4) this.#compact();
    return true;
  }

  /**
   * Finds items by words, a wrong or missing character, pinyin (yingshang) or initials (yshj), or a unit
   * abbreviation (宣汉); best first, with the spans to highlight.
   *
   * @example
   * index.search('yshj', { limit: 10 }).map((hit) => hit.doc.id);
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = options.limit ?? 20;
    const filter = options.filter;
    let cands: SlotScore[];
    if (options.exhaustive) {
      const scored = new Map(this.scoreCandidates(planQuery(query), this.#slots.length, 0).map((c) => [c.slot, c]));
      cands = [];
      this.#slots.forEach((p, slot) => {
        if (p) cands.push(scored.get(slot) ?? { slot, coverage: 0 });
      });
    } else {
      const q = significant(query).chars;
      const k = options.candidates ?? Math.max(3 * limit, 40);
      cands = q.length === 1 ? this.#scanChar(q, k) : this.scoreCandidates(planQuery(query), k, 0.2, filter);
    }
    const ranked = rankWithFuse(
      query,
      cands.flatMap((c) => {
        const p = this.#slots[c.slot];
        return p && (!filter || filter(p.doc)) ? [{ p, coverage: c.coverage }] : [];
      }),
    );
    return ranked
      .filter((r) => r.fuseScore < 1 || r.coverage >= 0.5)
      .slice(0, limit)
      .map((r) => ({ doc: r.prepared.doc, score: r.score, spans: matchSpans(query, r.prepared) }));
  }

  /** The best candidate slots for planned query readings (used by duplicate warnings and notice matching). */
  scoreCandidates(
    groups: readonly QueryGroup[],
    limit: number,
    minCoverage: number,
    filter?: (doc: SearchDoc) => boolean,
  ): SlotScore[] {
    this.#scratch.ensure(this.#slots.length);
    const accept = (slot: number) => {
      const p = this.#slots[slot];
      return p !== undefined && (!filter || filter(p.doc));
    };
    return scoreSlots(this.#postings, groups, this.size, this.#scratch, accept, limit, minCoverage);
  }

  /** The prepared document in a slot. */
  preparedAt(slot: number): PreparedDoc | undefined {
    return this.#slots[slot];
  }

  /** The prepared document with this id. */
  prepared(id: string): PreparedDoc | undefined {
    const slot = this.#slotOf.get(id);
    return slot === undefined ? undefined : this.#slots[slot];
  }

  /** How many documents hold an index token (see tokens.ts for the field letters). */
  documentFrequency(token: string): number {
    return this.#postings.count(token);
  }

  /** Sizes for benchmarks: documents, distinct tokens and bytes of posting lists. */
  stats(): { docs: number; tokens: number; postingBytes: number } {
    return { docs: this.size, tokens: this.#postings.tokenCount, postingBytes: this.#postings.byteLength() };
  }

  #put(doc: SearchDoc, pinyin: readonly string[] | undefined): void {
    const stored = canonicalDoc(doc);
    const p = prepareDoc(stored, pinyin && pinyin.length === stored.title.length ? pinyin : pinyinOf(stored.title));
    const slot = this.#slots.length;
    this.#slots.push(p);
    this.#slotOf.set(stored.id, slot);
    for (const token of docTokens(p)) this.#postings.add(token, slot);
  }

  #scanChar(char: string, limit: number): SlotScore[] {
    const out: SlotScore[] = [];
    for (let slot = 0; slot < this.#slots.length && out.length < limit; slot++) {
      const p = this.#slots[slot];
      if (p && significant(p.doc.title).chars.includes(char)) out.push({ slot, coverage: 1 });
    }
    return out;
  }

  #compact(): void {
    const live = this.#slots.filter((p): p is PreparedDoc => p !== undefined);
    this.#slots.length = 0;
    this.#slotOf.clear();
    this.#postings = new Postings();
    this.#dead = 0;
    for (const p of live) {
      const slot = this.#slots.length;
      this.#slots.push(p);
      this.#slotOf.set(p.doc.id, slot);
      for (const token of docTokens(p)) this.#postings.add(token, slot);
    }
    this.#postings.trim();
  }
}
