import Fuse, { type IFuseOptions } from 'fuse.js';
import type { PreparedDoc } from './tokens.ts';

interface FuseRecord {
  readonly title: string;
  readonly units: readonly string[];
  readonly aliases: readonly string[];
  readonly tags: readonly string[];
  readonly publications: readonly string[];
  readonly pinyinText: string;
  readonly initialsText: string;
}

const FUSE_OPTIONS: IFuseOptions<FuseRecord> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'units', weight: 2 },
    { name: 'aliases', weight: 2 },
    { name: 'tags', weight: 1 },
    { name: 'publications', weight: 1 },
    { name: 'pinyinText', weight: 2 },
    { name: 'initialsText', weight: 2 },
  ],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.4,
  shouldSort: false,
};

function record(p: PreparedDoc): FuseRecord {
  const d = p.doc;
  return {
    title: d.title,
    units: d.units ?? [],
    aliases: p.aliases,
    tags: d.tags ?? [],
    publications: d.publications ?? [],
    pinyinText: p.pinyinText,
    initialsText: p.initialsText,
  };
}

/** A candidate after the final ranking. */
export interface Ranked {
  readonly prepared: PreparedDoc;
  /** Final relevance in [0, 1]: half fuse.js (1 − its score), half the candidate index's coverage. */
  readonly score: number;
  /** fuse.js score (0 best, 1 worst); 1 when fuse.js found nothing. */
  readonly fuseScore: number;
  readonly coverage: number;
}

/**
 * Ranks candidates with fuse.js over title, units and their aliases, tags, publications, title pinyin and
 * initials, blended half and half with the candidate index's coverage (which also counts the body: bitap over
 * 400-character bodies would cost more than the rest of the query). Ties go to the smaller id.
 */
export function rankWithFuse(query: string, candidates: readonly { p: PreparedDoc; coverage: number }[]): Ranked[] {
  if (candidates.length === 0) return [];
  const fuse = new Fuse(
    candidates.map((c) => record(c.p)),
    FUSE_OPTIONS,
  );
  const fuseScores = new Float64Array(candidates.length).fill(1);
  for (const r of fuse.search(query.trim().slice(0, 64))) fuseScores[r.refIndex] = r.score ?? 1;
  const out: Ranked[] = candidates.map((c, i) => {
    const fuseScore = fuseScores[i] ?? 1;
    return { prepared: c.p, fuseScore, coverage: c.coverage, score: 0.5 * (1 - fuseScore) + 0.5 * c.coverage };
  });
  return out.sort((a, b) => b.score - a.score || (a.prepared.doc.id < b.prepared.doc.id ? -1 : 1));
}
