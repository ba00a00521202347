import type { ProblemLocation } from '../errors/problem.ts';
import type { ItemId } from '../model/ids.ts';
import type { Adoption } from '../model/records.ts';
import { ADOPTION_FORMS, LEVELS } from '../model/vocabulary.ts';
import type { Collector } from './collector.ts';
import type { SheetLayout } from './layout.ts';
import type { ItemRegistry } from './registries.ts';
import { RowReader } from './rowReader.ts';

/**
 * An 采用 row without 编号 whose title matched no item, or several, exactly. The caller decides: match it
 * (the notice matcher), ask the user, or skip it. Its other cells are valid and read.
 */
export interface UnresolvedAdoption {
  /** The sheet's name as written. */
  readonly sheet: string;
  /** Excel row number (the header is row 1). */
  readonly row: number;
  /** The title as written in the row. */
  readonly title: string;
  /** Items whose title matched exactly (two or more: ambiguous); empty when none did. */
  readonly candidates: readonly ItemId[];
  /** The adoption the row describes, short of its item. */
  readonly adoption: Omit<Adoption, 'itemId'>;
  readonly location: ProblemLocation;
}

/** What 采用 yields: adoptions tied to items, and the rows whose item is still to be decided. */
export interface AdoptionsRead {
  readonly adoptions: Adoption[];
  readonly locations: ProblemLocation[];
  readonly unresolved: UnresolvedAdoption[];
}

/**
 * Reads the 采用 sheet. A row with 编号 names its item; a row without is matched by its normalised title
 * (exactly one item), then by `resolveTitle` (every item it returns gets the adoption: a combined item);
 * otherwise it is returned unresolved.
 */
export function readAdoptionsSheet(
  layout: SheetLayout,
  items: ItemRegistry,
  resolveTitle: ((title: string) => readonly ItemId[]) | undefined,
  collector: Collector,
): AdoptionsRead {
  const out: AdoptionsRead = { adoptions: [], locations: [], unresolved: [] };
  for (const data of layout.rows) {
    const r = new RowReader<'adoptions'>(layout, data);
    const id = r.text('id');
    const title = r.text('title');
    const level = r.oneOf('level', LEVELS, { required: true, level: true });
    const publication = r.text('publication', true);
    const form = r.oneOf('form', ADOPTION_FORMS);
    const date = r.date('date', true);
    const issue = r.text('issue');
    if (id === undefined && title === undefined) {
      r.report('id', 'missing_reference', '编号和标题至少填写一项：有编号按编号关联，否则按标题匹配报送的信息');
    }
    if (id !== undefined) items.check(r, 'id', id);
    collector.add(r);
    if (r.failed || !level || publication === undefined || !date) continue;
    const adoption = {
      level,
      publication,
      ...(form !== undefined && { form }),
      date,
      ...(issue !== undefined && { issue }),
    };
    const location = { ...(layout.file !== undefined && { file: layout.file }), sheet: layout.sheet, row: data.row };
    const add = (itemId: ItemId) => {
      out.adoptions.push({ itemId, ...adoption });
      out.locations.push(location);
    };
    if (id !== undefined && items.has(id)) {
      add(id);
      continue;
    }
    const text = title ?? '';
    const exact = items.matchTitle(text);
    const [only] = exact;
    if (exact.length === 1 && only !== undefined) {
      add(only);
      continue;
    }
    const resolved = [...new Set(resolveTitle?.(text) ?? [])].filter((i) => items.has(i));
    if (resolved.length > 0) resolved.forEach(add);
    else
      out.unresolved.push({ sheet: layout.sheet, row: data.row, title: text, candidates: exact, adoption, location });
  }
  return out;
}
