import type { Postings } from './postings.ts';
import type { QueryGroup } from './tokens.ts';

/** Scratch arrays reused between queries, sized to the number of slots. */
export class Scratch {
  best = new Float32Array(0);
  acc = new Float32Array(0);
  tmp = new Float32Array(0);
  touched = new Int32Array(0);
  groupTouched = new Int32Array(0);
  tokenTouched = new Int32Array(0);
  seen = new Uint8Array(0);
  inGroup = new Uint8Array(0);
  /** One token's posting list, decoded. */
  list = new Int32Array(0);

  ensure(size: number): void {
    if (this.best.length >= size) return;
    const n = Math.max(size, this.best.length * 2, 64);
    this.best = new Float32Array(n);
    this.acc = new Float32Array(n);
    this.tmp = new Float32Array(n);
    this.touched = new Int32Array(n);
    this.groupTouched = new Int32Array(n);
    this.tokenTouched = new Int32Array(n);
    this.seen = new Uint8Array(n);
    this.inGroup = new Uint8Array(n);
    this.list = new Int32Array(n);
  }
}

/** A slot and its coverage of the query. */
export interface SlotScore {
  readonly slot: number;
  readonly coverage: number;
}

/**
 * Scores every slot holding at least one query token: for each reading (group) of the query, the IDF-weighted
 * share of its tokens the slot holds (each token counted at its best field), and the best reading wins.
 * Returns the `limit` best slots with coverage at least `minCoverage` that `accept` keeps, best first.
 */
export function scoreSlots(
  postings: Postings,
  groups: readonly QueryGroup[],
  liveCount: number,
  scratch: Scratch,
  accept: (slot: number) => boolean,
  limit: number,
  minCoverage: number,
): SlotScore[] {
  const { best, acc, tmp, touched, groupTouched, tokenTouched, seen, inGroup, list } = scratch;
  let nTouched = 0;
  const idf = (key: string) => Math.log(1 + liveCount / (1 + postings.count(key)));
  for (const group of groups) {
    let total = 0;
    let nGroup = 0;
    for (const token of group) {
      const w = token.weight * idf(token.idfKey);
      total += w;
      let nToken = 0;
      for (const [key, weight] of token.lookups) {
        const length = postings.read(key, list);
        for (let k = 0; k < length; k++) {
          const slot = list[k] as number;
          const t = tmp[slot] as number;
          if (t === 0) tokenTouched[nToken++] = slot;
          if (weight > t) tmp[slot] = weight;
        }
      }
      for (let k = 0; k < nToken; k++) {
        const slot = tokenTouched[k] as number;
        acc[slot] = (acc[slot] as number) + w * (tmp[slot] as number);
        tmp[slot] = 0;
        if (!inGroup[slot]) {
          inGroup[slot] = 1;
          groupTouched[nGroup++] = slot;
        }
      }
    }
    for (let k = 0; k < nGroup; k++) {
      const slot = groupTouched[k] as number;
      const score = total > 0 ? (acc[slot] as number) / total : 0;
      acc[slot] = 0;
      inGroup[slot] = 0;
      if (!seen[slot]) {
        seen[slot] = 1;
        touched[nTouched++] = slot;
        best[slot] = score;
      } else if (score > (best[slot] as number)) best[slot] = score;
    }
  }
  const heap = new TopK(limit);
  for (let k = 0; k < nTouched; k++) {
    const slot = touched[k] as number;
    const score = best[slot] as number;
    seen[slot] = 0;
    best[slot] = 0;
    if (score >= minCoverage && score > heap.floor() && accept(slot)) heap.push(slot, score);
  }
  return heap.sorted();
}

/** A bounded min-heap keeping the `limit` highest scores; equal scores keep the lower slot. */
class TopK {
  readonly #slots: number[] = [];
  readonly #scores: number[] = [];
  constructor(readonly limit: number) {}

  floor(): number {
    return this.#slots.length < this.limit ? Number.NEGATIVE_INFINITY : (this.#scores[0] as number) - 1e-9;
  }

  #less(i: number, j: number): boolean {
    const a = this.#scores[i] as number;
    const b = this.#scores[j] as number;
    return a < b || (a === b && (this.#slots[i] as number) > (this.#slots[j] as number));
  }

  #swap(i: number, j: number): void {
    [this.#slots[i], this.#slots[j]] = [this.#slots[j] as number, this.#slots[i] as number];
    [this.#scores[i], this.#scores[j]] = [this.#scores[j] as number, this.#scores[i] as number];
  }

  push(slot: number, score: number): void {
    if (this.limit <= 0) return;
    if (this.#slots.length < this.limit) {
      this.#slots.push(slot);
      this.#scores.push(score);
      let i = this.#slots.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.#less(i, parent)) break;
        this.#swap(i, parent);
        i = parent;
      }
      return;
    }
    const rootScore = this.#scores[0] as number;
    if (score < rootScore || (score === rootScore && slot > (this.#slots[0] as number))) return;
    this.#slots[0] = slot;
    this.#scores[0] = score;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.#slots.length && this.#less(l, m)) m = l;
      if (r < this.#slots.length && this.#less(r, m)) m = r;
      if (m === i) break;
      this.#swap(i, m);
      i = m;
    }
  }

  sorted(): SlotScore[] {
    return this.#slots
      .map((slot, i) => ({ slot, coverage: this.#scores[i] as number }))
      .sort((a, b) => b.coverage - a.coverage || a.slot - b.slot);
  }
}
