import type { IsoDate } from '@caibian/core';
import { type DuplicateWarning, findDuplicates, type SearchIndex } from '@caibian/core/search';
import type { FindSimilar, SimilarItem } from '@caibian/editor';

/** A duplicate warning as the editor's similar-items panel shows it. */
export function similarItemOf(warning: DuplicateWarning): SimilarItem {
  const where = [warning.doc.units?.join('、'), warning.doc.date].filter(Boolean).join('，');
  const why = warning.reasons.map((r) => r.message).join('；');
  return {
    id: warning.doc.id,
    title: warning.doc.title,
    score: warning.score,
    detail: [where, why].filter(Boolean).join(' — '),
  };
}

/**
 * The editor's duplicate check over the item search index: items of any unit within 30 days of `today`
 * that look like the draft (core's findDuplicates), leaving out the item itself.
 *
 * @example
 * <BriefingEditor findSimilar={similarFinder(() => itemSearchIndex(repos), id, () => ['宣汉县'], today)} />
 */
export function similarFinder(
  index: () => Promise<SearchIndex>,
  itemId: string,
  unitNames: () => readonly string[],
  today: string,
): FindSimilar {
  return async (title, body, signal) => {
    const built = await index();
    if (signal?.aborted) return [];
    return findDuplicates(
      built,
      { id: itemId, title, body, units: unitNames() },
      { date: today as IsoDate, days: 30 },
    ).map(similarItemOf);
  };
}
