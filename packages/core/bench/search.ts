/**
 * `pnpm bench:search`: 100,000 generated items (titles after real ones, bodies of 200–600 characters). Index
 * build time and memory, query latency (median, p95) over a fixed mix of exact words, one-typo words, pinyin
 * initials and unit abbreviations, and recall@10 against the brute-force reference (the same ranking applied to
 * every item, without the candidate index), for ours and for plain fuse.js over the same keys.
 */
import Fuse from 'fuse.js';
import { pinyin } from 'pinyin-pro';
import { parseDate } from '../src/model/date.ts';
import { itemId } from '../src/model/ids.ts';
import type { SearchDoc } from '../src/search/searchDoc.ts';
import { SearchIndex } from '../src/search/searchIndex.ts';
import { generateItems, makeUnits, pick, rng } from './corpus/generateItems.ts';
import { abbreviate } from './corpus/rewriteTitle.ts';
import { TOPICS } from './corpus/vocabulary.ts';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);
const PER_KIND = 40;
const FUSE_PER_KIND = 3;
const RECALL_PER_KIND = 4;

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function memory(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function timeQueries(queries: readonly string[], run: (q: string) => unknown): number[] {
  return queries
    .map((q) => {
      const start = performance.now();
      run(q);
      return performance.now() - start;
    })
    .sort((a, b) => a - b);
}

/** The fixed query mix: exact words, one typo, pinyin initials, unit abbreviations. */
function queryMix(units: readonly { place: string }[]): Record<string, string[]> {
  const r = rng(4242);
  const common =
    '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';
  const typo = (w: string) => {
    const k = Math.floor(r() * w.length);
    return r() < 0.7 ? w.slice(0, k) + pick(r, [...common]) + w.slice(k + 1) : w.slice(0, k) + w.slice(k + 1);
  };
  const words = TOPICS.map((t) => t.phrase).filter((p) => p.length >= 4);
  const exact = Array.from({ length: PER_KIND }, () => pick(r, words));
  const typos = Array.from({ length: PER_KIND }, () => typo(pick(r, words)));
  const initials = Array.from({ length: PER_KIND }, () =>
    pinyin(pick(r, words).slice(0, 4), { pattern: 'first', toneType: 'none', type: 'array' }).join(''),
  );
  const abbreviations = Array.from({ length: PER_KIND }, () => abbreviate(pick(r, units).place));
  return { exact, typo: typos, initials, unit: abbreviations };
}

function main(): void {
  const t0 = performance.now();
  const units = makeUnits(rng(7), 160);
  const docs: SearchDoc[] = generateItems(20240101, ITEMS, units, 'BX').map((g) => ({
    id: itemId(g.id),
    title: g.title,
    body: g.body,
    units: [g.unit.name],
    date: parseDate(g.date) ?? undefined,
  }));
  const avgBody = docs.reduce((s, d) => s + (d.body?.length ?? 0), 0) / docs.length;
  console.log(
    `corpus: ${docs.length} items, ${units.length} units, mean body ${avgBody.toFixed(0)} characters (${((performance.now() - t0) / 1000).toFixed(1)} s to generate)`,
  );

  const m0 = memory();
  let start = performance.now();
  const index = SearchIndex.build(docs);
  const buildMs = performance.now() - start;
  const mem = (memory() - m0) / 2 ** 20;
  const stats = index.stats();
  console.log(
    `ours: build ${(buildMs / 1000).toFixed(1)} s, memory ≈ ${mem.toFixed(0)} MB (${stats.tokens} tokens, posting lists ${(stats.postingBytes / 2 ** 20).toFixed(0)} MB)`,
  );

  const m1 = memory();
  start = performance.now();
  const fuse = new Fuse(docs, { keys: ['title', 'body', 'units', 'tags', 'publications'] });
  const fuseBuildMs = performance.now() - start;
  console.log(
    `plain fuse.js: build ${(fuseBuildMs / 1000).toFixed(1)} s, memory ≈ ${((memory() - m1) / 2 ** 20).toFixed(0)} MB (keys title, body, units, tags, publications; default options)`,
  );

  const mix = queryMix(units);
  const all = Object.values(mix).flat();
  for (const q of all.slice(0, 20)) index.search(q, { limit: 10 });
  const ours = timeQueries(all, (q) => index.search(q, { limit: 10 }));
  for (const [kind, qs] of Object.entries(mix)) {
    const t = timeQueries(qs, (q) => index.search(q, { limit: 10 }));
    console.log(
      `  ours ${kind.padEnd(9)} (${qs.length} queries, e.g. ${qs.slice(0, 3).join(' ')}): median ${quantile(t, 0.5).toFixed(2)} ms, p95 ${quantile(t, 0.95).toFixed(2)} ms`,
    );
  }
  const p95 = quantile(ours, 0.95);
  console.log(`ours: ${all.length} queries, median ${quantile(ours, 0.5).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`);

  const fuseQueries = Object.values(mix).flatMap((qs) => qs.slice(0, FUSE_PER_KIND));
  const fuseTimes = timeQueries(fuseQueries, (q) => fuse.search(q, { limit: 10 }));
  const fuseP95 = quantile(fuseTimes, 0.95);
  console.log(
    `plain fuse.js: timed on a subset of ${fuseQueries.length} queries (${FUSE_PER_KIND} per kind; 100k items with bodies take seconds each): median ${quantile(fuseTimes, 0.5).toFixed(0)} ms, p95 ${fuseP95.toFixed(0)} ms`,
  );

  const recallQueries = Object.values(mix).flatMap((qs) => qs.slice(0, RECALL_PER_KIND));
  let found = 0;
  let wanted = 0;
  start = performance.now();
  for (const q of recallQueries) {
    const reference = index.search(q, { limit: 10, exhaustive: true }).map((h) => h.doc.id);
    const got = new Set(index.search(q, { limit: 10 }).map((h) => h.doc.id));
    wanted += reference.length;
    found += reference.filter((id) => got.has(id)).length;
  }
  const recall = wanted === 0 ? 1 : found / wanted;
  console.log(
    `recall@10: ${recall.toFixed(3)} over ${recallQueries.length} queries (${RECALL_PER_KIND} per kind) against the brute-force reference: the same fuse.js ranking over all ${docs.length} items (${((performance.now() - start) / 1000).toFixed(0)} s)`,
  );
  console.log(
    `targets: p95_ms ≤ 20, speedup ≥ 20, recall10 ≥ 0.95; total ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
  const speedup = fuseP95 / Math.max(p95, 1e-3);
  console.log(
    `bench:search items=${docs.length} p95_ms=${p95.toFixed(1)} fuse_p95_ms=${fuseP95.toFixed(0)} speedup=${speedup.toFixed(0)} recall10=${recall.toFixed(3)}`,
  );
}

main();
