import type { IsoDate } from '../model/date.ts';
import type { SearchDoc } from './searchDoc.ts';
import type { SearchIndex } from './searchIndex.ts';
import {
  bigramIdf,
  GENERIC_PLACE,
  gramsOf,
  numberOverlap,
  sharedPhrases,
  weightedOverlap,
  withoutNames,
} from './similarity.ts';
import { significant } from './text.ts';
import type { QueryToken } from './tokens.ts';
import { deriveUnitAliases } from './unitAliases.ts';

/** A draft being written. */
export interface DuplicateDraft {
  readonly title: string;
  readonly body?: string | undefined;
  /** The draft's units by name. */
  readonly units?: readonly string[] | undefined;
  /** The id of the draft itself when it is already indexed (left out of the results). */
  readonly id?: string | undefined;
}

/** Options of {@link findDuplicates}. */
export interface DuplicateOptions {
  /** The date the window is centred on (usually today, passed in). Without it, every date counts. */
  readonly date?: IsoDate | undefined;
  /** Days either side of `date`; default 30. Items without a date are kept. */
  readonly days?: number;
  /** Only the draft's own units (`same`), only others (`others`), or both (`all`, default). */
  readonly units?: 'same' | 'others' | 'all';
  /** At most this many warnings; default 5. */
  readonly limit?: number;
  /** Lowest similarity reported; default 0.35. */
  readonly minScore?: number;
}

/** Why an item looks like the draft, with a Chinese message for the editor. */
export type DuplicateReason =
  | { readonly kind: 'phrase'; readonly text: string; readonly message: string }
  | { readonly kind: 'number'; readonly text: string; readonly message: string }
  | { readonly kind: 'same-unit'; readonly message: string };

/** An existing item similar to the draft. */
export interface DuplicateWarning {
  readonly doc: SearchDoc;
  /** Similarity in [0, 1]. */
  readonly score: number;
  readonly sameUnit: boolean;
  readonly reasons: readonly DuplicateReason[];
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/**
 * The existing items most similar to a draft (same unit or others, within `days` of `date`), with a score and
 * the reasons: shared phrases of four characters or more and the same numbers.
 *
 * @example
 * findDuplicates(index, { title: '宣汉县优化营商环境', body, units: ['宣汉县政府办公室'] }, { date: today, days: 30 });
 */
export function findDuplicates(
  index: SearchIndex,
  draft: DuplicateDraft,
  options: DuplicateOptions = {},
): DuplicateWarning[] {
  const days = options.days ?? 30;
  const mode = options.units ?? 'all';
  const own = new Set(draft.units ?? []);
  const idf = bigramIdf(index);
  const strip = (text: string, names: readonly string[]) => withoutNames(text, names).replace(GENERIC_PLACE, ' ');
  const draftAliases = [...own].flatMap(deriveUnitAliases);
  const titleGrams = gramsOf(strip(draft.title, draftAliases));
  const bodyGrams = gramsOf(draft.body);
  const rareBody = [...bodyGrams].sort((a, b) => idf(b) - idf(a)).slice(0, 40);
  const tokens: QueryToken[] = [
    ...[...titleGrams].map((g) => ({
      lookups: [
        [`t${g}`, 1],
        [`b${g}`, 0.5],
      ] as const,
      weight: 1,
      idfKey: `t${g}`,
    })),
    ...rareBody.map((g) => ({
      lookups: [
        [`b${g}`, 1],
        [`t${g}`, 1],
      ] as const,
      weight: 0.5,
      idfKey: `b${g}`,
    })),
  ];
  const filter = (doc: SearchDoc) => {
    if (doc.id === draft.id) return false;
    const same = (doc.units ?? []).some((u) => own.has(u));
    if ((mode === 'same' && !same) || (mode === 'others' && same)) return false;
    return !options.date || !doc.date || daysBetween(doc.date, options.date) <= days;
  };
  const slots = index.scoreCandidates([tokens], 50, 0.1, filter);
  const draftText = `${draft.title}。${draft.body ?? ''}`;
  const out: DuplicateWarning[] = [];
  for (const { slot } of slots) {
    const p = index.preparedAt(slot);
    if (!p) continue;
    const docTitle = gramsOf(strip(p.doc.title, p.aliases));
    const docBody = gramsOf(p.doc.body);
    const t1 = weightedOverlap(titleGrams, [docTitle], idf);
    const t2 = weightedOverlap(docTitle, [titleGrams], idf);
    const titleSim = t1.total + t2.total > 0 ? (t1.shared + t2.shared) / (t1.total + t2.total) : 0;
    const b1 = weightedOverlap(bodyGrams, [docBody], idf);
    const b2 = weightedOverlap(docBody, [bodyGrams], idf);
    const bodySim = b1.total + b2.total > 0 ? (b1.shared + b2.shared) / (b1.total + b2.total) : titleSim;
    const docText = `${p.doc.title}。${p.doc.body ?? ''}`;
    const numbers = numberOverlap(draftText, docText).same.filter((n) => !/^20\d\d$/.test(n));
    const score = Math.min(1, 0.5 * titleSim + 0.4 * bodySim + 0.05 * Math.min(numbers.length, 2));
    if (score < (options.minScore ?? 0.35)) continue;
    const sameUnit = (p.doc.units ?? []).some((u) => own.has(u));
    const reasons: DuplicateReason[] = [];
    if (sameUnit) reasons.push({ kind: 'same-unit', message: '同一单位已报送' });
    for (const text of sharedPhrases(draftText, docText, 4, 3)) {
      reasons.push({ kind: 'phrase', text, message: `有相同表述“${text}”` });
    }
    for (const text of numbers.slice(0, 5)) reasons.push({ kind: 'number', text, message: `有相同数字“${text}”` });
    out.push({ doc: p.doc, score: Math.round(score * 1000) / 1000, sameUnit, reasons });
  }
  return out.sort((a, b) => b.score - a.score || (a.doc.id < b.doc.id ? -1 : 1)).slice(0, options.limit ?? 5);
}

/** Number of significant characters, for callers deciding whether a draft is long enough to check. */
export function draftLength(draft: DuplicateDraft): number {
  return significant(draft.title).chars.length + significant(draft.body ?? '').chars.length;
}
