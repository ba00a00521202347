import type { Adoption, RecordSet, UnresolvedAdoption } from '@caibian/core';
import { matchNotice, SearchIndex, searchDocFromItem } from '@caibian/core/search';

/** What became of the 采用 rows without 编号. */
export interface AdoptionResolution {
  /** The records with the adoptions of accepted matches added. */
  readonly records: RecordSet;
  /** Rows matched by title, with what they matched and how sure the matcher is. */
  readonly matched: readonly {
    readonly row: UnresolvedAdoption;
    readonly itemIds: readonly string[];
    readonly confidence: number;
  }[];
  /** Rows no item fits well enough to accept without asking. */
  readonly unmatched: readonly { readonly row: UnresolvedAdoption; readonly candidates: readonly string[] }[];
}

/**
 * Matches 采用 rows that have no 编号 to the submitted items by title, with the notice matcher of
 * `caibian match`: a row is taken only when the matcher accepts it on its own (above its threshold).
 */
export function resolveAdoptions(records: RecordSet, rows: readonly UnresolvedAdoption[]): AdoptionResolution {
  if (rows.length === 0) return { records, matched: [], unmatched: [] };
  const index = SearchIndex.build(records.items.map((item) => searchDocFromItem(item)));
  const results = matchNotice(
    index,
    rows.map((row) => ({ title: row.title, date: row.adoption.date })),
  );
  const adoptions: Adoption[] = [...records.adoptions];
  const matched: AdoptionResolution['matched'][number][] = [];
  const unmatched: AdoptionResolution['unmatched'][number][] = [];
  results.forEach((result, i) => {
    const row = rows[i];
    if (row === undefined) return;
    if (result.matches.length > 0) {
      for (const itemId of result.matches) adoptions.push({ ...row.adoption, itemId });
      matched.push({ row, itemIds: result.matches, confidence: result.confidence });
    } else {
      unmatched.push({ row, candidates: result.candidates.map((c) => `${c.id}（${c.title}）`) });
    }
  });
  return { records: { ...records, adoptions }, matched, unmatched };
}
