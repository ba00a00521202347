/**
 * Notice-matching quality on the committed labelled set, ours beside plain fuse.js (defaults, same data):
 * top-1 accuracy, precision and recall of auto-accepted matches, rows that match nothing left alone.
 *
 *   npx tsx packages/core/bench/searchQuality.ts
 */
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { parseDate } from '../src/model/date.ts';
import { itemId } from '../src/model/ids.ts';
import { matchNotice, type NoticeMatch } from '../src/search/matchNotice.ts';
import { SearchIndex } from '../src/search/searchIndex.ts';
import type { LabelledSet } from './data/generateSearchLabelled.ts';

/** Fuse's auto-accept: its best score at most this (0 = perfect). */
const FUSE_ACCEPT = 0.1;

interface Figures {
  top1: number;
  top1Of: number;
  acceptedRight: number;
  accepted: number;
  expectedPairs: number;
  noneKept: number;
  noneOf: number;
}

function score(set: LabelledSet, answers: readonly { top: string | null; accepted: readonly string[] }[]): Figures {
  const f: Figures = { top1: 0, top1Of: 0, acceptedRight: 0, accepted: 0, expectedPairs: 0, noneKept: 0, noneOf: 0 };
  set.rows.forEach((row, i) => {
    const a = answers[i] ?? { top: null, accepted: [] };
    f.expectedPairs += row.expected.length;
    if (row.expected.length > 0) {
      f.top1Of++;
      if (a.top !== null && row.expected.includes(a.top)) f.top1++;
    } else {
      f.noneOf++;
      if (a.accepted.length === 0) f.noneKept++;
    }
    for (const id of a.accepted) {
      f.accepted++;
      if (row.expected.includes(id)) f.acceptedRight++;
    }
  });
  return f;
}

function pct(a: number, b: number): string {
  return b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`;
}

function main(): void {
  const set = JSON.parse(readFileSync(new URL('./data/search-labelled.json', import.meta.url), 'utf8')) as LabelledSet;
  const docs = set.items.map((i) => ({
    id: itemId(i.id),
    title: i.title,
    body: i.body,
    units: [i.unit],
    date: parseDate(i.date) ?? undefined,
  }));
  const index = SearchIndex.build(docs);
  const ours: NoticeMatch[] = matchNotice(
    index,
    set.rows.map((r) => ({
      title: r.title,
      units: r.unit ? r.unit.split('、') : undefined,
      date: parseDate(r.date) ?? undefined,
    })),
  );
  const fuse = new Fuse(docs, { keys: ['title', 'units', 'body'], includeScore: true });
  const fuseAnswers = set.rows.map((r) => {
    const best = fuse.search(r.title)[0];
    return { top: best?.item.id ?? null, accepted: best && (best.score ?? 1) <= FUSE_ACCEPT ? [best.item.id] : [] };
  });
  const a = score(
    set,
    ours.map((m) => ({ top: m.candidates[0]?.id ?? null, accepted: m.matches })),
  );
  const b = score(set, fuseAnswers);
  const line = (name: string, f: (x: Figures) => string) =>
    console.log(`${name.padEnd(34)}${f(a).padStart(12)}${f(b).padStart(14)}`);
  console.log(`labelled set: ${set.items.length} items, ${set.units.length} units, ${set.rows.length} notice rows`);
  console.log(`${''.padEnd(34)}${'ours'.padStart(12)}${'plain fuse'.padStart(14)}`);
  line('top-1 accuracy (rows with a match)', (x) => pct(x.top1, x.top1Of));
  line('auto-accepted precision', (x) => pct(x.acceptedRight, x.accepted));
  line('auto-accept recall', (x) => pct(x.acceptedRight, x.expectedPairs));
  line('no-match rows left unmatched', (x) => pct(x.noneKept, x.noneOf));
  line('auto-accepted matches', (x) => String(x.accepted));
  console.log(
    `(plain fuse: keys title, units, body, default options; auto-accept when its best score ≤ ${FUSE_ACCEPT})`,
  );
  if (process.argv.includes('--errors')) {
    set.rows.forEach((row, i) => {
      const m = ours[i];
      if (!m) return;
      const wrongTop = row.expected.length > 0 && !row.expected.includes(m.candidates[0]?.id ?? '');
      const wrongAccept = m.matches.some((id) => !row.expected.includes(id));
      const missed = row.expected.filter((id) => !m.matches.includes(itemId(id))).length;
      if (wrongTop || wrongAccept || (process.argv.includes('--missed') && missed > 0)) {
        const exp = row.expected.map((id) => set.items.find((it) => it.id === id)?.title).join(' | ');
        console.log(
          `#${row.row} [${row.kind}] ${row.title} (${row.unit ?? ''}) conf=${m.confidence} ${wrongTop ? 'TOP' : ''}${wrongAccept ? 'ACCEPT' : ''}`,
        );
        console.log(`   expected: ${exp || '—'}`);
        console.log(
          `   got: ${m.candidates
            .slice(0, 3)
            .map((c) => `${c.title}(${c.score})`)
            .join(' | ')} matches=${m.matches.length}`,
        );
      }
    });
  }
}

main();
