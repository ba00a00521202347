import {
  type Adoption,
  CATEGORIES,
  type Instruction,
  type IsoDate,
  type Item,
  type ItemId,
  itemId,
  LEADER_CATEGORIES,
  LEADER_RANKS,
  LEVELS,
  RECORD_SET_VERSION,
  type RecordSet,
  type Route,
  type Unit,
  unitId,
} from '@caibian/core';

/** How many of each record to generate; {@link BENCH_SCALE} is issue 7's benchmark. */
export interface GenerateSize {
  units: number;
  items: number;
  routes: number;
  adoptions: number;
  instructions: number;
}

/** Issue 7's scale: 2,000 units, 100,000 items, 300,000 adoptions, 50,000 instructions (one route per item). */
export const BENCH_SCALE: GenerateSize = {
  units: 2_000,
  items: 100_000,
  routes: 100_000,
  adoptions: 300_000,
  instructions: 50_000,
};

/** {@link BENCH_SCALE} times `factor`, at least one of each. */
export function scaled(factor: number): GenerateSize {
  const f = (n: number) => Math.max(1, Math.round(n * factor));
  return {
    units: f(BENCH_SCALE.units),
    items: f(BENCH_SCALE.items),
    routes: f(BENCH_SCALE.routes),
    adoptions: f(BENCH_SCALE.adoptions),
    instructions: f(BENCH_SCALE.instructions),
  };
}

/** A small deterministic random source (mulberry32), so every run stores the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HAN =
  '政务信息工作报送采用批示经验做法推进落实全面深化改革营商环境乡村振兴基层治理安全生产民生保障项目建设招商引资生态环境';
const PUBLICATIONS = ['市委信息', '政务信息', '每日要情', '信息专报', '今日快报'];

/**
 * Generates a realistic record set of `size` (items with bodies of 200–600 characters), the same for the
 * same seed. Used by the storage benchmark and by tests at small sizes.
 */
export function generateRecordSet(size: GenerateSize, seed = 1): RecordSet {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const pool = Array.from({ length: 8_192 }, () => HAN[Math.floor(rnd() * HAN.length)]).join('');
  const text = (length: number) => {
    const start = Math.floor(rnd() * (pool.length - length));
    return pool.slice(start, start + length);
  };
  const day = (offset: number): IsoDate => {
    const d = new Date(Date.UTC(2023, 0, 1) + offset * 86_400_000);
    return d.toISOString().slice(0, 10) as IsoDate;
  };
  const units: Unit[] = Array.from({ length: size.units }, (_, i) => ({
    id: unitId(`单位${String(i + 1).padStart(4, '0')}`),
    name: `单位${String(i + 1).padStart(4, '0')}`,
    group: i % 3 === 0 ? '部门组' : '县区组',
  }));
  const itemDays: number[] = [];
  const items: Item[] = Array.from({ length: size.items }, (_, i) => {
    const offset = Math.floor(rnd() * 728);
    itemDays.push(offset);
    const first = pick(units).id;
    const joint = rnd() < 0.1 ? [{ unitId: pick(units).id }] : [];
    return {
      id: itemId(`XX-${String(i + 1).padStart(6, '0')}`),
      title: text(12 + Math.floor(rnd() * 20)),
      body: text(200 + Math.floor(rnd() * 400)),
      units: [{ unitId: first }, ...joint.filter((u) => u.unitId !== first)],
      category: pick(CATEGORIES),
      secrecy: '无',
      drafted: day(offset),
      signed: day(offset + 1),
      attachments: [],
      tags: [],
    };
  });
  const itemAt = (i: number): { id: ItemId; offset: number } => ({
    id: (items[i] as Item).id,
    offset: itemDays[i] as number,
  });
  const anyItem = () => itemAt(Math.floor(rnd() * items.length));
  const routes: Route[] = Array.from({ length: size.routes }, (_, i) => {
    const it = i < items.length ? itemAt(i) : anyItem();
    return {
      itemId: it.id,
      level: '市',
      office: '市政府办公室',
      kind: '直报',
      date: day(it.offset + 1),
      status: '已报送',
    };
  });
  const adoptions: Adoption[] = Array.from({ length: size.adoptions }, () => {
    const it = anyItem();
    return { itemId: it.id, level: pick(LEVELS), publication: pick(PUBLICATIONS), date: day(it.offset + 3) };
  });
  const instructions: Instruction[] = Array.from({ length: size.instructions }, () => {
    const it = anyItem();
    return { itemId: it.id, rank: pick(LEADER_RANKS), category: pick(LEADER_CATEGORIES), date: day(it.offset + 5) };
  });
  return {
    version: RECORD_SET_VERSION,
    units,
    items,
    routes,
    adoptions,
    instructions,
    penalties: [],
    commissions: [],
    urgentEvents: [],
  };
}
