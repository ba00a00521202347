/**
 * Small builders for record sets in tests. Not part of the package's public entry: import it from tests as
 * `../testing/records.ts`.
 *
 * @example
 * const set = records()
 *   .unit('海州区', { group: '县区组' })
 *   .item('H1', '海州区', { category: '调研' })
 *   .route('H1', '省', '2024-03-02', '转报')
 *   .adopt('H1', '省', '专报信息', '2024-03-05')
 *   .instruct('H1', '省', '2024-03-09')
 *   .build();
 */
import type { IsoDate } from '../model/date.ts';
import type { ItemId, UnitId } from '../model/ids.ts';
import type { Adoption, Instruction, Item, Penalty, RecordSet, Route, Unit } from '../model/records.ts';
import type {
  AdoptionForm,
  AttachmentKind,
  Category,
  LeaderCategory,
  LeaderRank,
  Level,
  PenaltyKind,
  RouteKind,
} from '../model/vocabulary.ts';

/** Options of a unit. */
export interface UnitOptions {
  readonly group?: string;
  readonly parent?: string;
  readonly class?: string;
}

/** Options of an item. */
export interface ItemOptions {
  readonly category?: Category;
  readonly attachments?: readonly AttachmentKind[];
  readonly title?: string;
  /** Shares of the units, in the order given. */
  readonly shares?: readonly number[];
}

/** Options of an instruction. */
export interface InstructionOptions {
  readonly category?: LeaderCategory;
  readonly publication?: string;
  readonly order?: number;
  readonly leader?: string;
}

const d = (date: string) => date as IsoDate;

/** A fluent builder of a {@link RecordSet}; every method returns the builder. */
export class RecordsBuilder {
  readonly #units: Unit[] = [];
  readonly #items: Item[] = [];
  readonly #routes: Route[] = [];
  readonly #adoptions: Adoption[] = [];
  readonly #instructions: Instruction[] = [];
  readonly #penalties: Penalty[] = [];

  /** Adds a unit named `name` (its id is its name). */
  unit(name: string, options: UnitOptions = {}): this {
    this.#units.push({
      id: name as UnitId,
      name,
      ...(options.group === undefined ? {} : { group: options.group }),
      ...(options.class === undefined ? {} : { class: options.class }),
      ...(options.parent === undefined ? {} : { parentId: options.parent as UnitId }),
    });
    return this;
  }

  /** Adds units by name, all in `group` when given. */
  units(names: readonly string[], options: UnitOptions = {}): this {
    for (const name of names) this.unit(name, options);
    return this;
  }

  /** Adds an item submitted by `units` (several = a joint item). */
  item(id: string, units: string | readonly string[], options: ItemOptions = {}): this {
    const list = typeof units === 'string' ? [units] : units;
    this.#items.push({
      id: id as ItemId,
      title: options.title ?? `信息 ${id}`,
      units: list.map((u, i) => {
        const share = options.shares?.[i];
        return share === undefined ? { unitId: u as UnitId } : { unitId: u as UnitId, share };
      }),
      ...(options.category === undefined ? {} : { category: options.category }),
      secrecy: '无',
      attachments: (options.attachments ?? []).map((kind) => ({ kind })),
      tags: [],
    });
    return this;
  }

  /** Adds a route (报送) of item `id` to `level` on `date`. */
  route(id: string, level: Level, date: string, kind: RouteKind = '直报'): this {
    this.#routes.push({ itemId: id as ItemId, level, kind, date: d(date), status: '已报送' });
    return this;
  }

  /** Adds an adoption (采用) of item `id`. */
  adopt(id: string, level: Level, publication: string, date: string, form?: AdoptionForm): this {
    this.#adoptions.push({
      itemId: id as ItemId,
      level,
      publication,
      date: d(date),
      ...(form === undefined ? {} : { form }),
    });
    return this;
  }

  /** Adds a leader instruction (批示) on item `id`; the leader category defaults to 其他领导. */
  instruct(id: string, rank: LeaderRank, date: string, options: InstructionOptions = {}): this {
    this.#instructions.push({
      itemId: id as ItemId,
      rank,
      category: options.category ?? '其他领导',
      date: d(date),
      ...(options.publication === undefined ? {} : { publication: options.publication }),
      ...(options.order === undefined ? {} : { order: options.order }),
      ...(options.leader === undefined ? {} : { leader: options.leader }),
    });
    return this;
  }

  /** Adds a penalty (扣分) against `unit`, naming item `id` when given. */
  penalize(unit: string, kind: PenaltyKind, date: string, id?: string): this {
    this.#penalties.push({
      unitId: unit as UnitId,
      kind,
      date: d(date),
      ...(id === undefined ? {} : { itemId: id as ItemId }),
    });
    return this;
  }

  /** The record set built so far (a fresh copy each call). */
  build(): RecordSet {
    return {
      version: 1,
      units: [...this.#units],
      items: [...this.#items],
      routes: [...this.#routes],
      adoptions: [...this.#adoptions],
      instructions: [...this.#instructions],
      penalties: [...this.#penalties],
      commissions: [],
      urgentEvents: [],
    };
  }
}

/** Starts a {@link RecordsBuilder}. */
export function records(): RecordsBuilder {
  return new RecordsBuilder();
}

/** The period of a whole year, a quarter (`2024-Q1`) or a month (`2024-03`). */
export function period(text: string): { from: IsoDate; to: IsoDate } {
  const year = Number(text.slice(0, 4));
  const quarter = /^\d{4}-Q([1-4])$/.exec(text);
  const month = /^\d{4}-(\d{2})$/.exec(text);
  const [first, last] = quarter
    ? [Number(quarter[1]) * 3 - 2, Number(quarter[1]) * 3]
    : month
      ? [Number(month[1]), Number(month[1])]
      : [1, 12];
  const days = new Date(Date.UTC(year, last, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: d(`${year}-${pad(first)}-01`), to: d(`${year}-${pad(last)}-${pad(days)}`) };
}
