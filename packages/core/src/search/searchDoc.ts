import type { IsoDate } from '../model/date.ts';
import type { ItemId } from '../model/ids.ts';
import type { Item } from '../model/records.ts';

/**
 * What the search index knows of an item: its text, its units by name, and the date it was submitted
 * (for the duplicate warning's day window). JSON-compatible.
 */
export interface SearchDoc {
  readonly id: ItemId;
  readonly title: string;
  readonly body?: string | undefined;
  /** Unit names (单位名称), e.g. 宣汉县政府办公室. */
  readonly units?: readonly string[] | undefined;
  readonly tags?: readonly string[] | undefined;
  /** Publications that adopted it, e.g. 《每日要情》. */
  readonly publications?: readonly string[] | undefined;
  /** Submission date (报送日期). */
  readonly date?: IsoDate | undefined;
}

/** Extra facts about an item that live outside {@link Item}: its date, publications and unit names. */
export interface SearchDocExtras {
  readonly date?: IsoDate | undefined;
  readonly publications?: readonly string[] | undefined;
  /** Unit id → display name; default: the id itself (a workbook's unit ids are names). */
  readonly unitName?: ((unitId: string) => string) | undefined;
}

/**
 * Turns an {@link Item} into a {@link SearchDoc}.
 *
 * @example
 * const doc = searchDocFromItem(item, { date: firstRouteDate, publications: ['《每日要情》'] });
 */
export function searchDocFromItem(item: Item, extras: SearchDocExtras = {}): SearchDoc {
  const name = extras.unitName ?? ((id: string) => id);
  return {
    id: item.id,
    title: item.title,
    body: item.body,
    units: item.units.map((u) => name(u.unitId)),
    tags: item.tags,
    publications: extras.publications,
    date: extras.date,
  };
}

/** A copy of `doc` without undefined fields and with empty lists dropped: the canonical stored form. */
export function canonicalDoc(doc: SearchDoc): SearchDoc {
  const out: {
    id: ItemId;
    title: string;
    body?: string;
    units?: readonly string[];
    tags?: readonly string[];
    publications?: readonly string[];
    date?: IsoDate;
  } = { id: doc.id, title: doc.title };
  if (doc.body) out.body = doc.body;
  if (doc.units?.length) out.units = [...doc.units];
  if (doc.tags?.length) out.tags = [...doc.tags];
  if (doc.publications?.length) out.publications = [...doc.publications];
  if (doc.date) out.date = doc.date;
  return out;
}
