/**
 * Inverted lists of document slots per token. Slots are added in increasing order, so a list is kept as the
 * gaps between them in a variable-length byte code (7 bits a byte, the high bit saying another byte follows):
 * a posting costs about 1–2 bytes instead of 4, which is most of the index's memory (a 100k-item index with
 * bodies holds some 60 million postings).
 */
export class Postings {
  readonly #lists = new Map<string, List>();

  /** Number of distinct tokens. */
  get tokenCount(): number {
    return this.#lists.size;
  }

  /** Appends `slot` to the list of `token`; slots are added in increasing order, each at most once per token. */
  add(token: string, slot: number): void {
    let list = this.#lists.get(token);
    if (!list) {
      list = { bytes: new Uint8Array(4), size: 0, n: 0, last: -1 };
      this.#lists.set(token, list);
    }
    let gap = slot - list.last;
    list.last = slot;
    list.n++;
    // At most 5 bytes for a 32-bit gap.
    if (list.size + 5 > list.bytes.length) {
      const grown = new Uint8Array(Math.max(list.bytes.length * 2, list.size + 5));
      grown.set(list.bytes.subarray(0, list.size));
      list.bytes = grown;
    }
    const bytes = list.bytes;
    let at = list.size;
    while (gap >= 0x80) {
      bytes[at++] = (gap & 0x7f) | 0x80;
      gap >>>= 7;
    }
    bytes[at++] = gap;
    list.size = at;
  }

  /**
   * Writes the slots holding `token` into `into` (at least {@link Postings.count} long; a list may include
   * slots since removed) and returns how many.
   */
  read(token: string, into: Int32Array): number {
    const list = this.#lists.get(token);
    if (!list) return 0;
    const { bytes, size } = list;
    let slot = -1;
    let n = 0;
    for (let at = 0; at < size; ) {
      let byte = bytes[at++] as number;
      let gap = byte & 0x7f;
      for (let shift = 7; byte >= 0x80; shift += 7) {
        byte = bytes[at++] as number;
        gap |= (byte & 0x7f) << shift;
      }
      slot += gap;
      into[n++] = slot;
    }
    return n;
  }

  /** How many slots hold `token`. */
  count(token: string): number {
    return this.#lists.get(token)?.n ?? 0;
  }

  /** Bytes held by the lists (excluding the map's own overhead). */
  byteLength(): number {
    let bytes = 0;
    for (const list of this.#lists.values()) bytes += list.bytes.byteLength;
    return bytes;
  }

  /** Gives back the room lists grew into but do not use (after a bulk build). */
  trim(): void {
    for (const list of this.#lists.values()) {
      if (list.bytes.length > list.size) list.bytes = list.bytes.slice(0, list.size);
    }
  }

  /** Removes every list. */
  clear(): void {
    this.#lists.clear();
  }
}

/** One token's list: `size` bytes of gaps in `bytes`, `n` slots, the last one `last`. */
interface List {
  bytes: Uint8Array;
  size: number;
  n: number;
  last: number;
}
