import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemId } from '../model/ids.ts';
import { doc, officeDocs } from './__tests__/builders.ts';
import { SearchIndex } from './searchIndex.ts';
import { loadSearchIndex, saveSearchIndex } from './serialize.ts';

const titles = (index: SearchIndex, q: string) => index.search(q, { limit: 5 }).map((h) => h.doc.title);

describe('SearchIndex.search', () => {
  const index = SearchIndex.build(officeDocs());

  it('finds 营商环境 with one wrong or one missing character', () => {
    expect(titles(index, '营商环竟')[0]).toContain('营商环境');
    expect(titles(index, '营商坏境')[0]).toContain('营商环境');
    expect(titles(index, '营商境')[0]).toContain('营商环境');
  });

  it('finds by pinyin initials and by full pinyin', () => {
    expect(
      titles(index, 'yshj')
        .slice(0, 2)
        .every((t) => t.includes('营商环境')),
    ).toBe(true);
    expect(titles(index, 'yingshang')[0]).toContain('营商');
    expect(titles(index, 'chungeng')[0]).toContain('春耕');
  });

  it('finds a unit by its abbreviation (宣汉 for 宣汉县政府办公室)', () => {
    const [hit] = index.search('宣汉');
    expect(hit?.doc.units).toEqual(['宣汉县政府办公室']);
    expect(hit?.spans).toContainEqual({ field: 'unit', index: 0, start: 0, end: 2 });
  });

  it('returns the spans to highlight in the title', () => {
    const [hit] = index.search('春耕备耕');
    const title = hit?.doc.title ?? '';
    const spans = hit?.spans.filter((s) => s.field === 'title') ?? [];
    expect(spans.map((s) => title.slice(s.start, s.end))).toEqual(['春耕备耕']);
    const [py] = index.search('yshj');
    const s = py?.spans.find((x) => x.field === 'title');
    expect(s && py?.doc.title.slice(s.start, s.end)).toBe('营商环境');
  });

  it('ranks best first and finds words only in the body', () => {
    const hits = index.search('帮办代办');
    expect(hits[0]?.doc.id).toBe('A7');
    expect(index.search('扑火队伍')[0]?.doc.id).toBe('A6');
    for (let k = 1; k < hits.length; k++) expect(hits[k - 1]?.score).toBeGreaterThanOrEqual(hits[k]?.score ?? 0);
  });

  it('finds nothing for text that is nowhere', () => {
    expect(index.search('量子计算机')).toEqual([]);
  });
});

describe('saving, loading and updating', () => {
  it('a saved and loaded index equals a fresh build, and answers the same', () => {
    const index = SearchIndex.build(officeDocs());
    const saved = JSON.parse(JSON.stringify(saveSearchIndex(index)));
    const loaded = loadSearchIndex(saved);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(saveSearchIndex(loaded.value)).toEqual(saveSearchIndex(index));
    for (const q of ['营商环竟', 'yshj', '宣汉', '春耕']) expect(titles(loaded.value, q)).toEqual(titles(index, q));
  });

  it('updates per item: add, replace and remove equal a fresh build of the result', () => {
    const docs = officeDocs();
    const index = SearchIndex.build(docs.slice(0, 6));
    for (const d of docs.slice(6)) index.upsert(d);
    index.upsert(doc('A3', '达川区开展燃气安全专项整治', '达川区应急管理局'));
    expect(index.remove('A5')).toBe(true);
    expect(index.remove('A5')).toBe(false);
    const expected = docs
      .filter((d) => d.id !== 'A5')
      .map((d) => (d.id === 'A3' ? doc('A3', '达川区开展燃气安全专项整治', '达川区应急管理局') : d));
    const fresh = SearchIndex.build(expected);
    expect(saveSearchIndex(index)).toEqual(saveSearchIndex(fresh));
    expect(titles(index, '燃气安全')).toEqual(titles(fresh, '燃气安全'));
    expect(titles(index, '招商引资')).toEqual([]);
  });

  it('refuses a saved index of a newer version or a broken one, saying why', () => {
    const newer = loadSearchIndex({ format: 'caibian-search-index', version: 9, docs: [] });
    expect(newer.ok).toBe(false);
    if (!newer.ok) expect(newer.problems[0]?.message).toContain('版本');
    const broken = loadSearchIndex({ format: 'caibian-search-index', version: 1, docs: [{ doc: { id: 'x' } }] });
    expect(broken.ok).toBe(false);
  });

  it('property: any sequence of upserts and removals equals a fresh build of the final documents', () => {
    const pool = officeDocs();
    const op = fc.record({ k: fc.nat(pool.length - 1), remove: fc.boolean(), retitle: fc.boolean() });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const index = SearchIndex.build([]);
        const state = new Map<string, (typeof pool)[number]>();
        for (const { k, remove, retitle } of ops) {
          const base = pool[k];
          if (!base) continue;
          if (remove) {
            index.remove(base.id);
            state.delete(base.id);
          } else {
            const d = retitle ? { ...base, title: `${base.title}取得实效` } : base;
            index.upsert(d);
            state.set(d.id, d);
          }
        }
        const fresh = SearchIndex.build([...state.values()]);
        expect(saveSearchIndex(index)).toEqual(saveSearchIndex(fresh));
        expect(index.size).toBe(state.size);
      }),
      { verbose: true },
    );
  });

  it('property: every indexed title finds its own item first', () => {
    const index = SearchIndex.build(officeDocs());
    fc.assert(
      fc.property(fc.constantFrom(...officeDocs()), (d) => {
        expect(index.search(d.title)[0]?.doc.id).toBe(itemId(d.id));
      }),
      { verbose: true },
    );
  });
});
