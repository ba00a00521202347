import type { RecordSet } from '../model/records.ts';
import { type ByDate, dayKey, sortByDate } from './byDate.ts';
import { codes, dateNumber, NONE, routeBit } from './codes.ts';
import { idTable } from './internIds.ts';
import { borrowInt32, giveBack } from './scratch.ts';

/**
 * A record set indexed once for scoring: ids turned into numbers, dates into YYYYMMDD numbers, every table
 * into typed arrays. Independent of any scheme; reused for every period and scheme.
 */
export interface RecordIndex {
  readonly records: RecordSet;
  readonly unitIndex: ReadonlyMap<string, number>;
  /** Per unit: its top-most parent (itself when it has none). */
  readonly topParent: Int32Array;
  readonly hasParent: Uint8Array;
  readonly itemCount: number;
  /** Each item's id (the ledger cites it). */
  readonly itemIds: readonly (string | undefined)[];
  /** Distinct publication names of adoptions and instructions, in order of first appearance. */
  readonly publications: readonly string[];
  /** Per item, its units are `itemUnits[itemUnitStart[i]]` … (unit indexes; unknown units are left out). */
  readonly itemUnitStart: Int32Array;
  readonly itemUnits: Int32Array;
  /** Share of each item unit as recorded, NaN when the record gives none; empty when no record gives one. */
  readonly itemUnitShare: Float64Array;
  readonly itemCategory: Uint8Array;
  /**
   * Bit mask of attachment kinds; empty when no item has an attachment. Read on first use: only schemes with
   * attachment rules need it, and it costs a visit to every item's attachment list.
   */
  readonly itemAttachments: Uint8Array;
  /** Bit mask of (level, route kind) pairs the item was sent by, over the whole record set. */
  readonly itemRoutes: Uint8Array;
  /** 1 when the item has at least one adoption row anywhere in the record set. */
  readonly itemAdopted: Uint8Array;
  readonly adoption: {
    readonly item: Int32Array;
    readonly date: Int32Array;
    /** Level and form codes ({@link codes}). */
    readonly level: Uint8Array;
    readonly form: Uint8Array;
    /** Index in `publications` (16 bits unless a record set names 65,536 publications or more). */
    readonly publication: Uint16Array | Int32Array;
    /** Day keys of the first and last date (`dayKey`; first > last when the table is empty). */
    readonly firstDay: number;
    readonly lastDay: number;
  };
  readonly route: {
    readonly item: Int32Array;
    readonly date: Int32Array;
    readonly level: Uint8Array;
    readonly kind: Uint8Array;
    readonly firstDay: number;
    readonly lastDay: number;
  };
  readonly instruction: {
    readonly item: Int32Array;
    readonly date: Int32Array;
    /** Leader rank and category codes; index in `publications`, -1 when the row names none. */
    readonly rank: Uint8Array;
    readonly category: Uint8Array;
    readonly publication: Int32Array;
  };
  readonly penalty: {
    readonly unit: Int32Array;
    readonly item: Int32Array;
    readonly date: Int32Array;
    readonly kind: Uint8Array;
  };
  /** Rows of each table sorted by date (routes on first use: only quotas read them). */
  readonly routesByDate: ByDate;
  readonly instructionsByDate: ByDate;
  /**
   * Per item, all 0 between periods: the items a period already counted as scored across schemes (made on
   * first use: scoring under one scheme needs no marks).
   */
  readonly counted: Uint8Array;
}

/** Above every YYYYMMDD date: the first date of a table is the least below it. */
const MAX_DATE = 99_991_231;

/** Indexes `records` for scoring. Rows naming an unknown item or unit get index -1 and earn nothing. */
export function indexRecords(records: RecordSet): RecordIndex {
  const unitIndex = new Map<string, number>();
  records.units.forEach((u, i) => {
    if (!unitIndex.has(u.id)) unitIndex.set(u.id, i);
  });
  const unitCount = records.units.length;
  const parent = new Int32Array(unitCount).fill(-1);
  const hasParent = new Uint8Array(unitCount);
  records.units.forEach((u, i) => {
    if (u.parentId === undefined) return;
    hasParent[i] = 1;
    parent[i] = unitIndex.get(u.parentId) ?? -1;
  });
  const topParent = new Int32Array(unitCount);
  for (let i = 0; i < unitCount; i++) {
    let top = i;
    for (let steps = 0; (parent[top] ?? -1) >= 0 && steps < unitCount; steps++) top = parent[top] ?? top;
    topParent[i] = top;
  }

  // Each table is read in one pass, its rows' fields hoisted into locals, so that the bulk of the work is
  // one visit per record object (a million of them is most of indexing's cost).
  const items = records.items;
  const itemCount = items.length;
  const category = lastCode(codes.category);
  // Item ids are interned to ints once (a hash table over typed arrays, filled as the items are read); rows
  // then look their item up.
  const itemIds = new Array<string | undefined>(itemCount);
  const ids = idTable(itemIds, itemCount);
  const itemUnitStart = new Int32Array(itemCount + 1);
  // Built in a borrowed array (room for two units an item, grown if need be), then copied to its exact size.
  const building = borrowInt32(2 * itemCount + 16);
  let itemUnits = building;
  let itemUnitShare = new Float64Array(0);
  const itemCategory = new Uint8Array(itemCount);
  let slot = 0;
  for (let i = 0; i < itemCount; i++) {
    const item = items[i];
    itemUnitStart[i] = slot;
    if (item === undefined) continue;
    itemIds[i] = item.id;
    ids.add(i);
    const list = item.units;
    if (slot + list.length > itemUnits.length) itemUnits = grown(itemUnits, slot + list.length);
    for (let k = 0; k < list.length; k++) {
      const u = list[k];
      if (u === undefined) continue;
      const index = unitIndex.get(u.unitId);
      if (index === undefined) continue;
      itemUnits[slot] = index;
      const share = u.share;
      if (share !== undefined && itemUnitShare.length === 0) {
        // The first recorded share: every slot so far had none.
        itemUnitShare = new Float64Array(itemUnits.length).fill(Number.NaN);
      }
      if (itemUnitShare.length > 0) {
        if (itemUnitShare.length < itemUnits.length) itemUnitShare = grownShares(itemUnitShare, itemUnits.length);
        itemUnitShare[slot] = share === undefined ? Number.NaN : share;
      }
      slot++;
    }
    itemCategory[i] = category(item.category);
  }
  itemUnitStart[itemCount] = slot;
  itemUnits = itemUnits.slice(0, slot);
  giveBack(building);
  if (itemUnitShare.length > 0) itemUnitShare = itemUnitShare.slice(0, slot);
  const lookup = ids.indexOf;

  const publications: string[] = [];
  const publicationIndex = new Map<string, number>();
  const publicationOf = lastCode((name) => {
    if (name === undefined) return -1;
    let code = publicationIndex.get(name);
    if (code === undefined) {
      code = publications.length;
      publications.push(name);
      publicationIndex.set(name, code);
    }
    return code;
  });

  const adoptions = records.adoptions;
  const n = adoptions.length;
  const adoptionItem = new Int32Array(n);
  const adoptionDate = new Int32Array(n);
  const adoptionLevel = new Uint8Array(n);
  const adoptionForm = new Uint8Array(n);
  let adoptionPublication: Uint16Array | Int32Array = new Uint16Array(n);
  const itemAdopted = new Uint8Array(itemCount);
  const level = lastCode(codes.level);
  const form = lastCode(codes.form);
  let first = MAX_DATE;
  let last = 0;
  for (let i = 0; i < n; i++) {
    const a = adoptions[i];
    if (a === undefined) {
      adoptionItem[i] = -1;
      continue;
    }
    const item = lookup(a.itemId);
    adoptionItem[i] = item;
    const date = dateNumber(a.date) | 0;
    adoptionDate[i] = date;
    if (date < first) first = date;
    if (date > last) last = date;
    adoptionLevel[i] = level(a.level);
    adoptionForm[i] = form(a.form);
    const publication = publicationOf(a.publication);
    if (publication > 65_535 && adoptionPublication instanceof Uint16Array) {
      adoptionPublication = Int32Array.from(adoptionPublication);
    }
    adoptionPublication[i] = publication;
    if (item >= 0) itemAdopted[item] = 1;
  }
  const adoption = {
    item: adoptionItem,
    date: adoptionDate,
    level: adoptionLevel,
    form: adoptionForm,
    publication: adoptionPublication,
    firstDay: dayKey(first),
    lastDay: dayKey(last),
  };

  const routes = records.routes;
  const routeItem = new Int32Array(routes.length);
  const routeDate = new Int32Array(routes.length);
  const routeLevel = new Uint8Array(routes.length);
  const routeKindOf = new Uint8Array(routes.length);
  const itemRoutes = new Uint8Array(itemCount);
  const routeKind = lastCode(codes.routeKind);
  first = MAX_DATE;
  last = 0;
  for (let i = 0; i < routes.length; i++) {
    const r = routes[i];
    if (r === undefined) {
      routeItem[i] = -1;
      continue;
    }
    const item = lookup(r.itemId);
    const levelCode = level(r.level);
    const kind = routeKind(r.kind);
    routeItem[i] = item;
    const date = dateNumber(r.date) | 0;
    routeDate[i] = date;
    if (date < first) first = date;
    if (date > last) last = date;
    routeLevel[i] = levelCode;
    routeKindOf[i] = kind;
    if (item >= 0 && levelCode !== NONE && kind !== NONE)
      itemRoutes[item] = (itemRoutes[item] ?? 0) | routeBit(levelCode, kind);
  }
  const route = {
    item: routeItem,
    date: routeDate,
    level: routeLevel,
    kind: routeKindOf,
    firstDay: dayKey(first),
    lastDay: dayKey(last),
  };

  const instructions = records.instructions;
  const m = instructions.length;
  const instruction = {
    item: new Int32Array(m),
    date: new Int32Array(m),
    rank: new Uint8Array(m),
    category: new Uint8Array(m),
    publication: new Int32Array(m),
  };
  const rank = lastCode(codes.rank);
  const leaderCategory = lastCode(codes.leaderCategory);
  for (let i = 0; i < m; i++) {
    const r = instructions[i];
    if (r === undefined) continue;
    instruction.item[i] = lookup(r.itemId);
    instruction.date[i] = dateNumber(r.date);
    instruction.rank[i] = rank(r.rank);
    instruction.category[i] = leaderCategory(r.category);
    const publication = r.publication;
    instruction.publication[i] = publication === undefined ? -1 : publicationOf(publication);
  }

  const penalties = records.penalties;
  const penalty = {
    unit: new Int32Array(penalties.length),
    item: new Int32Array(penalties.length),
    date: new Int32Array(penalties.length),
    kind: new Uint8Array(penalties.length),
  };
  for (let i = 0; i < penalties.length; i++) {
    const p = penalties[i];
    if (p === undefined) continue;
    penalty.unit[i] = unitIndex.get(p.unitId) ?? -1;
    penalty.item[i] = p.itemId === undefined ? -1 : lookup(p.itemId);
    penalty.date[i] = dateNumber(p.date);
    penalty.kind[i] = codes.penalty(p.kind);
  }
  ids.release();

  let routesByDate: ByDate | undefined;
  let itemAttachments: Uint8Array | undefined;
  let counted: Uint8Array | undefined;
  return {
    records,
    unitIndex,
    topParent,
    hasParent,
    itemCount,
    itemIds,
    publications,
    itemUnitStart,
    itemUnits,
    itemUnitShare,
    itemCategory,
    get itemAttachments() {
      itemAttachments ??= attachmentKinds(items);
      return itemAttachments;
    },
    itemRoutes,
    itemAdopted,
    adoption,
    route,
    instruction,
    penalty,
    get routesByDate() {
      routesByDate ??= sortByDate(route.date);
      return routesByDate;
    },
    instructionsByDate: sortByDate(instruction.date),
    get counted() {
      counted ??= new Uint8Array(itemCount);
      return counted;
    },
  };
}

/** Per item, the bit mask of its attachment kinds; empty when no item has an attachment. */
function attachmentKinds(items: RecordSet['items']): Uint8Array {
  let out = new Uint8Array(0);
  for (let i = 0; i < items.length; i++) {
    const attachments = items[i]?.attachments;
    if (attachments === undefined || attachments.length === 0) continue;
    if (out.length === 0) out = new Uint8Array(items.length);
    let kinds = 0;
    for (let k = 0; k < attachments.length; k++) kinds |= 1 << codes.attachment(attachments[k]?.kind);
    out[i] = kinds;
  }
  return out;
}

/** `array` copied into a larger one holding at least `length` values. */
function grown(array: Int32Array, length: number): Int32Array {
  const out = new Int32Array(Math.max(length, array.length * 2));
  out.set(array);
  return out;
}

function grownShares(array: Float64Array<ArrayBuffer>, length: number): Float64Array<ArrayBuffer> {
  const out = new Float64Array(length).fill(Number.NaN);
  out.set(array);
  return out;
}

/**
 * `toCode` remembering its first 16 distinct answers: a vocabulary (or the publications of a record set) has a
 * handful of values, and rows repeat the same few strings, so a row costs a comparison or a few (equal strings
 * are mostly the same string) instead of a map lookup.
 */
function lastCode(toCode: (value: string | undefined) => number): (value: string | undefined) => number {
  const seen: (string | undefined)[] = [];
  const codeOf: number[] = [];
  const none = toCode(undefined);
  return (value) => {
    if (value === undefined) return none;
    for (let k = 0; k < seen.length; k++) if (seen[k] === value) return codeOf[k] as number;
    const code = toCode(value);
    if (seen.length < 16) {
      seen.push(value);
      codeOf.push(code);
    }
    return code;
  };
}
