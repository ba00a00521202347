import type { IsoDate } from '../model/date.ts';
import type { ItemId } from '../model/ids.ts';
import type { Adoption, Instruction, Route } from '../model/records.ts';
import { LEVELS, type Level, type RecipientStatus, type RouteKind } from '../model/vocabulary.ts';
import { compareText } from './compare.ts';

/** The records an item's tracking reads; a `RecordSet` fits. */
export interface ItemSources {
  readonly routes?: readonly Route[];
  readonly adoptions?: readonly Adoption[];
  readonly instructions?: readonly Instruction[];
}

/** An item's standing with one recipient office: one route (报送) and what came of it. */
export interface RecipientTracking {
  readonly level: Level;
  readonly office: string | undefined;
  readonly kind: RouteKind;
  readonly date: IsoDate;
  /** The status typed on the route. */
  readonly recordedStatus: RecipientStatus;
  /** 已采用 when an adoption at the route's level exists, otherwise the recorded status. */
  readonly status: RecipientStatus;
  /** Adoptions at the route's level, by date. */
  readonly adoptions: readonly Adoption[];
  /** Instructions attached to this recipient (see {@link itemTracking}), by date. */
  readonly instructions: readonly Instruction[];
}

/** An item's standing with each recipient, plus what could not be tied to a route. */
export interface ItemTracking {
  readonly itemId: ItemId;
  /** One entry per route, by date then level (县, 市, 省, 国家). */
  readonly recipients: readonly RecipientTracking[];
  /** Adoptions at a level the item has no route to (e.g. forwarded further without a 报送 row). */
  readonly unroutedAdoptions: readonly Adoption[];
  /** Instructions tied to no recipient. */
  readonly unattachedInstructions: readonly Instruction[];
}

/** Options of {@link itemTracking}. */
export interface ItemTrackingOptions {
  /** Ignore adoptions and instructions dated after this day; default: use all. */
  readonly asOf?: IsoDate;
}

const byDate = <T extends { readonly date: IsoDate }>(list: T[]): T[] =>
  list.sort((a, b) => compareText(a.date, b.date));

/**
 * An item's status with each recipient office. A route's status is 已采用 when the item has an adoption at the
 * route's level (an adoption outranks a typed 未采用 or 退改); otherwise it is the status typed on the route.
 * An adoption that names its office belongs to the route to that office; one without an office is shared by
 * every route at its level.
 * An instruction is attached to the routes whose adoptions include its publication (所在刊物); without such a
 * publication, to the routes at the level of the leader's rank (a 市 leader's instruction to the 市 route).
 *
 * @example
 * itemTracking(records, itemId('2024-031')).recipients;
 * // [{ level: '市', kind: '直报', status: '已采用', adoptions: [《政务要情》…], … }, { level: '省', kind: '转报', status: '已报送', … }]
 */
export function itemTracking(records: ItemSources, item: ItemId, options: ItemTrackingOptions = {}): ItemTracking {
  const known = <T extends { readonly itemId: ItemId; readonly date: IsoDate }>(list: readonly T[] | undefined) =>
    byDate((list ?? []).filter((r) => r.itemId === item && (options.asOf === undefined || r.date <= options.asOf)));
  const routes = (records.routes ?? [])
    .filter((r) => r.itemId === item)
    .sort((a, b) => compareText(a.date, b.date) || LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
  const adoptions = known(records.adoptions);
  const instructions = known(records.instructions);
  const routedLevels = new Set(routes.map((r) => r.level));
  const attached = new Set<Instruction>();
  const recipients = routes.map((route): RecipientTracking => {
    const here = adoptions.filter(
      (a) =>
        a.level === route.level && (a.office === undefined || route.office === undefined || a.office === route.office),
    );
    const publications = new Set(here.map((a) => a.publication));
    const printedAnywhere = (i: Instruction) => adoptions.some((a) => a.publication === i.publication);
    const mine = instructions.filter((i) =>
      i.publication !== undefined && printedAnywhere(i) ? publications.has(i.publication) : i.rank === route.level,
    );
    for (const i of mine) attached.add(i);
    return {
      level: route.level,
      office: route.office,
      kind: route.kind,
      date: route.date,
      recordedStatus: route.status,
      status: here.length > 0 ? '已采用' : route.status,
      adoptions: here,
      instructions: mine,
    };
  });
  return {
    itemId: item,
    recipients,
    unroutedAdoptions: adoptions.filter((a) => !routedLevels.has(a.level)),
    unattachedInstructions: instructions.filter((i) => !attached.has(i)),
  };
}
