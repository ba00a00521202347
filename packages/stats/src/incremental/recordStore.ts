import type { Adoption, Instruction, Item, Penalty, RecordSet, Route, Unit, UnitId } from '@caibian/core';

/** The tables of a record set that {@link RecordStore} edits one row at a time (units are fixed). */
export type RecordTable = 'items' | 'routes' | 'adoptions' | 'instructions' | 'penalties';
/** The row type of a table. */
export type RowOf<T extends RecordTable> = RecordSet[T][number];

type ItemRow = Route | Adoption | Instruction;
const ITEM_TABLES = ['routes', 'adoptions', 'instructions'] as const;

/**
 * A record set that changes row by row, indexed so that the records touching a unit can be gathered without a
 * scan: items by unit, rows by item id, penalties by unit, and each row's position. A removed row is replaced by
 * the table's last row (O(1)); positions keep the tables' order meaningful for the engine's tie rules.
 */
export class RecordStore {
  readonly units: RecordSet['units'];
  readonly tables: { [T in RecordTable]: RowOf<T>[] };
  readonly #position = new Map<object, number>();
  // Small arrays rather than sets: most items have one to three rows, and a million sets weigh on the collector.
  readonly #itemsOfUnit = new Map<UnitId, Item[]>();
  readonly #itemsById = new Map<string, Item[]>();
  readonly #rowsOfItem = {
    routes: new Map<string, ItemRow[]>(),
    adoptions: new Map<string, ItemRow[]>(),
    instructions: new Map<string, ItemRow[]>(),
  };
  readonly #penaltiesOfUnit = new Map<UnitId, Penalty[]>();
  readonly #unitAt = new Map<UnitId, number>();

  constructor(records: RecordSet) {
    this.units = records.units;
    records.units.forEach((u, i) => {
      if (!this.#unitAt.has(u.id)) this.#unitAt.set(u.id, i);
    });
    this.tables = {
      items: [...records.items],
      routes: [...records.routes],
      adoptions: [...records.adoptions],
      instructions: [...records.instructions],
      penalties: [...records.penalties],
    };
    for (const table of ['items', ...ITEM_TABLES, 'penalties'] as const) {
      this.tables[table].forEach((row, i) => {
        this.#position.set(row, i);
        this.#index(table, row);
      });
    }
  }

  /** The records as a record set (the live tables: read them, do not change them). */
  snapshot(): RecordSet {
    return { version: 1, units: this.units, ...this.tables, commissions: [], urgentEvents: [] };
  }

  /** True when `row` is in `table`. */
  has<T extends RecordTable>(table: T, row: RowOf<T>): boolean {
    return this.tables[table][this.#position.get(row) ?? -1] === row;
  }

  /**
   * The units whose points a row can change: a penalty's unit; for an item or a row of an item, the units of
   * every item with that id (the engine scores a repeated id as its first item, so editing one can move the
   * points of another).
   */
  unitsOf<T extends RecordTable>(table: T, row: RowOf<T>): UnitId[] {
    if (table === 'penalties') return [(row as Penalty).unitId];
    const id = table === 'items' ? (row as Item).id : (row as ItemRow).itemId;
    const items = new Set(this.#itemsById.get(id) ?? []);
    if (table === 'items') items.add(row as Item);
    return [...items].flatMap((item) => item.units.map((u) => u.unitId));
  }

  /** Appends `row` to `table`. */
  add<T extends RecordTable>(table: T, row: RowOf<T>): void {
    const rows = this.tables[table] as RowOf<T>[];
    this.#position.set(row, rows.length);
    rows.push(row);
    this.#index(table, row);
  }

  /**
   * Removes `row` from `table`, the last row taking its place; returns that moved row (an item moved ahead of
   * another with its id changes which one scores), `undefined` when none moved, or false when `row` is not there.
   */
  remove<T extends RecordTable>(table: T, row: RowOf<T>): RowOf<T> | undefined | false {
    if (!this.has(table, row)) return false;
    const rows = this.tables[table] as RowOf<T>[];
    const at = this.#position.get(row) ?? 0;
    const last = rows.pop() as RowOf<T>;
    if (last !== row) {
      rows[at] = last;
      this.#position.set(last, at);
    }
    this.#position.delete(row);
    this.#unindex(table, row);
    return last === row ? undefined : last;
  }

  /** Puts `next` in the place of `row`; false when `row` is not there. */
  replace<T extends RecordTable>(table: T, row: RowOf<T>, next: RowOf<T>): boolean {
    if (!this.has(table, row)) return false;
    const at = this.#position.get(row) ?? 0;
    this.#unindex(table, row);
    this.#position.delete(row);
    (this.tables[table] as RowOf<T>[])[at] = next;
    this.#position.set(next, at);
    this.#index(table, next);
    return true;
  }

  /**
   * Every record bearing on `units`: their items, the rows of those items, their penalties, and the unit table
   * cut down to `units` and the other units of those items (a joint item's split needs them). Each table keeps
   * its rows in their order, so the engine sums and breaks ties as it would on the whole set.
   */
  gather(units: ReadonlySet<UnitId>): RecordSet {
    const items = new Set<Item>();
    for (const u of units) for (const item of this.#itemsOfUnit.get(u) ?? []) items.add(item);
    const ids = new Set<string>();
    const named = new Set<UnitId>(units);
    for (const item of items) {
      ids.add(item.id);
      for (const u of item.units) named.add(u.unitId);
    }
    for (const id of ids) for (const item of this.#itemsById.get(id) ?? []) items.add(item);
    const rowsOf = <R extends ItemRow>(table: (typeof ITEM_TABLES)[number]): R[] => {
      const out: R[] = [];
      for (const id of ids) for (const row of this.#rowsOfItem[table].get(id) ?? []) out.push(row as R);
      return out;
    };
    const routes = rowsOf<Route>('routes');
    const adoptions = rowsOf<Adoption>('adoptions');
    const instructions = rowsOf<Instruction>('instructions');
    const penalties: Penalty[] = [];
    for (const u of units) for (const p of this.#penaltiesOfUnit.get(u) ?? []) penalties.push(p);
    return {
      version: 1,
      units: this.units.filter((u) => named.has(u.id)),
      items: this.#inOrder([...items]),
      routes: this.#inOrder(routes),
      adoptions: this.#inOrder(adoptions),
      instructions: this.#inOrder(instructions),
      penalties: this.#inOrder(penalties),
      commissions: [],
      urgentEvents: [],
    };
  }

  /**
   * The records bearing on the items with these ids, as a record set: those items, their routes, adoptions and
   * instructions (`rows: false`: none), `penalties`, and the units they name with their parents. Tables keep
   * their order, so that the engine breaks ties as on the whole set.
   */
  part(
    ids: ReadonlySet<string>,
    penalties: readonly Penalty[] = [],
    rows = true,
    units: Iterable<UnitId> = [],
  ): RecordSet {
    const items: Item[] = [];
    for (const id of ids) for (const item of this.#itemsById.get(id) ?? []) items.push(item);
    const rowsOf = <R extends ItemRow>(table: (typeof ITEM_TABLES)[number]): R[] => {
      const out: R[] = [];
      if (rows) for (const id of ids) for (const row of this.#rowsOfItem[table].get(id) ?? []) out.push(row as R);
      return out;
    };
    const named = new Set<UnitId>(units);
    for (const item of items) for (const u of item.units) named.add(u.unitId);
    for (const p of penalties) named.add(p.unitId);
    return {
      version: 1,
      units: this.#withParents(named),
      items: this.#sorted(items),
      routes: this.#sorted(rowsOf<Route>('routes')),
      adoptions: this.#sorted(rowsOf<Adoption>('adoptions')),
      instructions: this.#sorted(rowsOf<Instruction>('instructions')),
      penalties: this.#sorted([...penalties]),
      commissions: [],
      urgentEvents: [],
    };
  }

  /** The ids of the items of `units`. */
  itemIdsOf(units: Iterable<UnitId>): Set<string> {
    const ids = new Set<string>();
    for (const u of units) for (const item of this.#itemsOfUnit.get(u) ?? []) ids.add(item.id);
    return ids;
  }

  /** The penalties of `units`. */
  penaltiesOf(units: Iterable<UnitId>): Penalty[] {
    const out: Penalty[] = [];
    for (const u of units) for (const p of this.#penaltiesOfUnit.get(u) ?? []) out.push(p);
    return out;
  }

  /** The units named by the items with these ids (every item with the id). */
  unitsOfIds(ids: Iterable<string>): UnitId[] {
    const out: UnitId[] = [];
    for (const id of ids)
      for (const item of this.#itemsById.get(id) ?? []) for (const u of item.units) out.push(u.unitId);
    return out;
  }

  /** `named` and their parents, up to the top, in unit table order (unknown ids left out). */
  #withParents(named: Set<UnitId>): Unit[] {
    const at: number[] = [];
    const seen = new Set<number>();
    for (const id of named) {
      for (let i = this.#unitAt.get(id); i !== undefined && !seen.has(i); ) {
        seen.add(i);
        at.push(i);
        const parent = this.units[i]?.parentId;
        i = parent === undefined ? undefined : this.#unitAt.get(parent);
      }
    }
    return at.sort((a, b) => a - b).map((i) => this.units[i] as Unit);
  }

  #sorted<R extends object>(rows: R[]): R[] {
    if (rows.length < 2) return rows;
    return rows.sort((a, b) => (this.#position.get(a) ?? 0) - (this.#position.get(b) ?? 0));
  }

  #inOrder<R extends object>(rows: R[]): R[] {
    const at = Float64Array.from(rows, (row) => this.#position.get(row) ?? 0);
    return Array.from(at.keys())
      .sort((a, b) => (at[a] ?? 0) - (at[b] ?? 0))
      .map((k) => rows[k] as R);
  }

  #index<T extends RecordTable>(table: T, row: RowOf<T>): void {
    if (table === 'items') {
      const item = row as Item;
      addTo(this.#itemsById, item.id, item);
      for (const u of item.units) addTo(this.#itemsOfUnit, u.unitId, item);
    } else if (table === 'penalties') addTo(this.#penaltiesOfUnit, (row as Penalty).unitId, row as Penalty);
    else addTo(this.#rowsOfItem[table as (typeof ITEM_TABLES)[number]], (row as ItemRow).itemId, row as ItemRow);
  }

  #unindex<T extends RecordTable>(table: T, row: RowOf<T>): void {
    if (table === 'items') {
      const item = row as Item;
      removeFrom(this.#itemsById, item.id, item);
      for (const u of item.units) removeFrom(this.#itemsOfUnit, u.unitId, item);
    } else if (table === 'penalties') removeFrom(this.#penaltiesOfUnit, (row as Penalty).unitId, row as Penalty);
    else removeFrom(this.#rowsOfItem[table as (typeof ITEM_TABLES)[number]], (row as ItemRow).itemId, row as ItemRow);
  }
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function removeFrom<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  const at = list?.indexOf(value) ?? -1;
  if (list !== undefined && at >= 0) list.splice(at, 1);
}
