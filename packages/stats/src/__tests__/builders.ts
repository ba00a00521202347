/** Small record builders for the stats tests (core's builders are not part of its public entry). */
import type {
  AdoptionForm,
  Category,
  IsoDate,
  ItemId,
  LeaderRank,
  Level,
  PenaltyKind,
  RecordSet,
  RouteKind,
  UnitId,
} from '@caibian/core';

/** A fluent record set builder: units, items, routes, adoptions, instructions, penalties. */
export class Records {
  readonly set: RecordSet = {
    version: 1,
    units: [],
    items: [],
    routes: [],
    adoptions: [],
    instructions: [],
    penalties: [],
    commissions: [],
    urgentEvents: [],
  };

  unit(name: string, group?: string, parent?: string): this {
    this.set.units.push({
      id: name as UnitId,
      name,
      ...(group === undefined ? {} : { group }),
      ...(parent === undefined ? {} : { parentId: parent as UnitId }),
    });
    return this;
  }

  item(id: string, units: string | readonly string[], category?: Category): this {
    const list = typeof units === 'string' ? [units] : units;
    this.set.items.push({
      id: id as ItemId,
      title: `信息${id}`,
      units: list.map((u) => ({ unitId: u as UnitId })),
      ...(category === undefined ? {} : { category }),
      secrecy: '无',
      attachments: [],
      tags: [],
    });
    return this;
  }

  route(id: string, level: Level, date: string, kind: RouteKind = '直报'): this {
    this.set.routes.push({ itemId: id as ItemId, level, kind, date: date as IsoDate, status: '已报送' });
    return this;
  }

  adopt(id: string, level: Level, publication: string, date: string, form?: AdoptionForm): this {
    this.set.adoptions.push({
      itemId: id as ItemId,
      level,
      publication,
      date: date as IsoDate,
      ...(form === undefined ? {} : { form }),
    });
    return this;
  }

  instruct(id: string, rank: LeaderRank, date: string, publication?: string): this {
    this.set.instructions.push({
      itemId: id as ItemId,
      rank,
      category: '其他领导',
      date: date as IsoDate,
      ...(publication === undefined ? {} : { publication }),
    });
    return this;
  }

  penalize(unit: string, kind: PenaltyKind, date: string, id?: string): this {
    this.set.penalties.push({
      unitId: unit as UnitId,
      kind,
      date: date as IsoDate,
      ...(id === undefined ? {} : { itemId: id as ItemId }),
    });
    return this;
  }
}

/** Starts a {@link Records} builder. */
export const records = (): Records => new Records();
