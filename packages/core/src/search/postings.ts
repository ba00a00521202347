/** Inverted lists of document slots per token, in growable typed arrays (4 bytes a posting). */
export class Postings {
  readonly #lists = new Map<string, { ids: Int32Array; n: number }>();

  /** Number of distinct tokens. */
  get tokenCount(): number {
    return this.#lists.size;
  }

  /** Appends `slot` to the list of `token`; slots are added in increasing order, each at most once per token. */
  add(token: string, slot: number): void {
    const list = this.#lists.get(token);
    if (!list) {
      const ids = new Int32Array(2);
      ids[0] = slot;
      this.#lists.set(token, { ids, n: 1 });
      return;
    }
    if (list.n === list.ids.length) {
      const grown = new Int32Array(list.ids.length * 2);
      grown.set(list.ids);
      list.ids = grown;
    }
    list.ids[list.n++] = slot;
  }

  /** The slots holding `token` (a view; may include slots since removed). */
  get(token: string): Int32Array | undefined {
    const list = this.#lists.get(token);
    return list ? list.ids.subarray(0, list.n) : undefined;
  }

  /** How many slots hold `token`. */
  count(token: string): number {
    return this.#lists.get(token)?.n ?? 0;
  }

  /** Bytes held by the lists (excluding the map's own overhead). */
  byteLength(): number {
    let bytes = 0;
    for (const list of this.#lists.values()) bytes += list.ids.byteLength;
    return bytes;
  }

  /** Removes every list. */
  clear(): void {
    this.#lists.clear();
  }
}
