import type { ProblemLocation } from '../errors/problem.ts';
import type { IsoDate } from '../model/date.ts';
import { itemId, unitId } from '../model/ids.ts';
import type { Item, Route } from '../model/records.ts';
import {
  ATTACHMENT_KINDS,
  type AttachmentKind,
  CATEGORIES,
  type Category,
  LEVELS,
  type Level,
  ROUTE_KINDS,
  type RouteKind,
} from '../model/vocabulary.ts';
import type { Collector } from './collector.ts';
import type { SheetLayout } from './layout.ts';
import { ItemRegistry, type UnitRegistry } from './registries.ts';
import { RowReader } from './rowReader.ts';

/** The cells of a 报送 row that describe the item rather than this submission. */
const ITEM_KEYS = ['id', 'title', 'units', 'category', 'attachments'] as const;

interface Submission {
  readonly reader: RowReader<'submissions'>;
  readonly id: string | undefined;
  readonly title: string | undefined;
  readonly units: readonly string[];
  readonly category: Category | undefined;
  readonly attachments: readonly AttachmentKind[];
  readonly level: Level | undefined;
  readonly kind: RouteKind | undefined;
  readonly date: IsoDate | undefined;
}

/** What 报送 yields: the items (each once) and a route per valid row. */
export interface SubmissionsRead {
  readonly items: ItemRegistry;
  readonly routes: Route[];
  readonly routeLocations: ProblemLocation[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Reads the 报送 sheet: one row per item and level. Rows with the same 编号 make one item and a route each;
 * their titles, units, category and attachments must agree (a conflict names both rows). A unit must be a
 * valid unit of 单位, unless `createMissingUnits`.
 */
export function readSubmissionsSheet(
  layout: SheetLayout,
  units: UnitRegistry,
  createMissingUnits: boolean,
  collector: Collector,
): SubmissionsRead {
  const rows: Submission[] = [];
  const seen = new Map<string, number>();
  const refs = new Map<string, References>();
  for (const data of layout.rows) {
    const r = new RowReader<'submissions'>(layout, data);
    const s: Submission = {
      reader: r,
      id: r.text('id', true),
      title: r.text('title', true),
      units: r.list('units', true),
      date: r.date('date', true),
      level: r.oneOf('level', LEVELS, { required: true, level: true }),
      kind: r.oneOf('kind', ROUTE_KINDS, { fallback: '直报' }),
      category: r.oneOf('category', CATEGORIES),
      attachments: r.listOf('attachments', ATTACHMENT_KINDS),
    };
    for (const name of s.units) units.check(r, 'units', name, createMissingUnits);
    rows.push(s);
    if (s.id === undefined) continue;
    if (!seen.has(s.id)) seen.set(s.id, data.row);
    if (ITEM_KEYS.some((k) => r.failedKeys.has(k))) continue;
    const ref = refs.get(s.id);
    if (ref) checkAgreement(s, ref);
    else refs.set(s.id, { first: s });
    if (ITEM_KEYS.some((k) => r.failedKeys.has(k))) continue;
    const agreed = refs.get(s.id) ?? { first: s };
    if (!agreed.category && s.category !== undefined) agreed.category = s;
    if (!agreed.attachments && s.attachments.length > 0) agreed.attachments = s;
  }

  const items: Item[] = [];
  const itemLocations: ProblemLocation[] = [];
  const index = new Map<string, Item>();
  const routes: Route[] = [];
  const routeLocations: ProblemLocation[] = [];
  for (const s of rows) {
    collector.add(s.reader);
    const { id, title, level, kind, date } = s;
    if (s.reader.failed || id === undefined || title === undefined || !level || !kind || !date) continue;
    const location = {
      ...(layout.file !== undefined && { file: layout.file }),
      sheet: s.reader.layout.sheet,
      row: s.reader.row,
    };
    let item = index.get(id);
    if (!item) {
      item = {
        id: itemId(id),
        title,
        units: s.units.map((u) => ({ unitId: unitId(u) })),
        secrecy: '无',
        attachments: [],
        tags: [],
      };
      index.set(id, item);
      items.push(item);
      itemLocations.push(location);
    }
    if (item.category === undefined && s.category !== undefined) item.category = s.category;
    if (item.attachments.length === 0) item.attachments = s.attachments.map((kind) => ({ kind }));
    routes.push({ itemId: itemId(id), level, kind, date, status: '已报送' });
    routeLocations.push(location);
  }
  return { items: new ItemRegistry(items, itemLocations, seen), routes, routeLocations };
}

/** The earlier rows of one 编号 that later rows must agree with. */
interface References {
  readonly first: Submission;
  category?: Submission;
  attachments?: Submission;
}

/** Reports where `s` disagrees with the first row of its 编号, or with an earlier row on category or attachments. */
function checkAgreement(s: Submission, refs: References): void {
  const r = s.reader;
  const ref = refs.first;
  const at = `第${ref.reader.row}行`;
  if (s.title !== ref.title) {
    r.report(
      'title',
      'conflicting_item',
      `编号“${s.id}”在${at}的标题为“${ref.title}”，本行为“${s.title}”：同一编号的各行标题应一致`,
    );
  }
  if (!sameSet(s.units, ref.units)) {
    r.report(
      'units',
      'conflicting_item',
      `编号“${s.id}”在${at}的报送单位为“${ref.units.join('、')}”，本行为“${s.units.join('、')}”：同一编号的各行报送单位应一致`,
    );
  }
  const category = refs.category;
  if (s.category !== undefined && category && category.category !== s.category) {
    r.report(
      'category',
      'conflicting_item',
      `编号“${s.id}”在第${category.reader.row}行的信息类别为“${category.category}”，本行为“${s.category}”：同一编号的各行信息类别应一致`,
    );
  }
  const attached = refs.attachments;
  if (s.attachments.length > 0 && attached && !sameSet(attached.attachments, s.attachments)) {
    r.report(
      'attachments',
      'conflicting_item',
      `编号“${s.id}”在第${attached.reader.row}行的附件为“${attached.attachments.join('、')}”，本行为“${s.attachments.join('、')}”：同一编号的各行附件应一致`,
    );
  }
}
