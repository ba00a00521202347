/**
 * A deterministic generator of a year of 政务信息 records for the stats benchmark: units in four groups, items
 * with routes (报送), adoptions (采用) and instructions (批示) in realistic proportions, over the publications,
 * levels and forms that make every clause of the `lianyungang` preset fire.
 */
import type {
  Adoption,
  AdoptionForm,
  Category,
  Instruction,
  IsoDate,
  Item,
  ItemId,
  Level,
  RecordSet,
  Route,
  Unit,
  UnitId,
} from '@caibian/core';

/** The four ranking groups of the generated units. */
export const GROUPS = ['县区组', '市直部门组', '乡镇组', '开发园区组'] as const;

/** A seeded 32-bit generator (mulberry32): the same seed gives the same records on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const YEAR_DAYS = 366; // 2024
const DATES: IsoDate[] = Array.from({ length: YEAR_DAYS }, (_, d) => {
  const date = new Date(Date.UTC(2024, 0, 1 + d));
  return date.toISOString().slice(0, 10) as IsoDate;
});
const day = (d: number): IsoDate => DATES[Math.min(YEAR_DAYS - 1, d)] as IsoDate;

/** Options of {@link generateRecords}. */
export interface GenerateOptions {
  /** Adoption rows to generate (routes and instructions follow in proportion). */
  readonly adoptions: number;
  readonly units?: number;
  readonly seed?: number;
}

/**
 * A record set of about `adoptions` adoption rows for `units` units (default 2,000 in four groups) over 2024.
 * Per item: one 市 直报 route; 25 % are forwarded to the province (转报, +2), 4 % to 国办 (+10), 5 % also sent
 * straight to the province (0); 1–3 adoptions at 市 (昨日情况, 简讯 or not; 专报信息; 政务建议 for 调研; an
 * unnamed 市 publication earning nothing), 省 (信息简报, 江苏信息摘编, 专报信息, 互联网信息摘编) and 国家;
 * instructions by 市 (6 %), 省 and 国家 leaders, at most one per rank and item. 8 % of items are joint (two units).
 */
export function generateRecords(options: GenerateOptions): RecordSet {
  const random = seeded(options.seed ?? 20_240_101);
  const unitCount = options.units ?? 2000;
  const units: Unit[] = Array.from({ length: unitCount }, (_, i) => {
    const group = GROUPS[i % GROUPS.length] as string;
    return { id: `单位${String(i + 1).padStart(4, '0')}` as UnitId, name: `${group}单位${i + 1}`, group };
  });
  // Some units are far busier than others, so that rankings spread.
  const weight = units.map(() => 0.2 + random() * random() * 3);
  const cumulative = new Float64Array(unitCount);
  weight.reduce((sum, w, i) => {
    cumulative[i] = sum + w;
    return sum + w;
  }, 0);
  const totalWeight = cumulative[unitCount - 1] ?? 1;
  const pickUnit = (): number => {
    const x = random() * totalWeight;
    let lo = 0;
    let hi = unitCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const items: Item[] = [];
  const routes: Route[] = [];
  const adoptions: Adoption[] = [];
  const instructions: Instruction[] = [];
  let n = 0;
  while (adoptions.length < options.adoptions) {
    n++;
    const id = `X${n}` as ItemId;
    const first = pickUnit();
    const joint = random() < 0.08;
    const second = joint ? (first + 1 + Math.floor(random() * (unitCount - 1))) % unitCount : -1;
    const r = random();
    const category: Category = r < 0.1 ? '调研' : r < 0.7 ? '动态' : r < 0.85 ? '经验' : r < 0.95 ? '问题' : '建议';
    const itemUnits = [{ unitId: (units[first] as Unit).id }];
    if (second >= 0) itemUnits.push({ unitId: (units[second] as Unit).id });
    items.push({ id, title: `信息${n}`, units: itemUnits, category, secrecy: '无', attachments: [], tags: [] });
    const d0 = Math.floor(random() * (YEAR_DAYS - 12));
    const route = (level: Level, kind: '直报' | '转报', d: number) =>
      routes.push({ itemId: id, level, kind, date: day(d), status: '已报送' });
    route('市', '直报', d0);
    const toProvince = random() < 0.25;
    const toNation = toProvince && random() < 0.16;
    if (toProvince) route('省', '转报', d0 + 1 + Math.floor(random() * 3));
    else if (random() < 0.05) route('省', '直报', d0 + 1);
    if (toNation) route('国家', '转报', d0 + 3);

    const adopt = (level: Level, publication: string, form: AdoptionForm | undefined, d: number) => {
      adoptions.push({
        itemId: id,
        level,
        publication,
        date: day(d),
        ...(form === undefined ? {} : { form }),
      });
    };
    // The city adoption.
    const c = random();
    const cityDay = d0 + 1 + Math.floor(random() * 5);
    let cityPublication: string;
    if (category === '调研' && c < 0.5) cityPublication = '《政务建议》';
    else if (c < 0.7) cityPublication = '《昨日情况》';
    else if (c < 0.93) cityPublication = '专报信息';
    else cityPublication = '市政府信息专刊';
    const brief = cityPublication === '《昨日情况》' && random() < 0.3;
    adopt('市', cityPublication, brief ? '简讯' : random() < 0.5 ? '单条' : '综合', cityDay);
    let provincePublication: string | undefined;
    if (toProvince && random() < 0.7) {
      const p = random();
      provincePublication =
        p < 0.35 ? '信息简报' : p < 0.6 ? '江苏信息摘编' : p < 0.85 ? '《专报信息》' : '互联网信息摘编';
      adopt('省', provincePublication, undefined, cityDay + 2);
    }
    const national = toNation && random() < 0.5;
    if (national) adopt('国家', '国务院办公厅信息', undefined, cityDay + 4);
    if (random() < 0.08) adopt('市', '《昨日情况》', '单条', cityDay + 1);

    const instruct = (rank: Level, publication: string, d: number) =>
      instructions.push({ itemId: id, rank, category: '其他领导', date: day(d), publication });
    if (random() < 0.06) instruct('市', cityPublication, cityDay + 1 + Math.floor(random() * 3));
    if (provincePublication !== undefined && random() < 0.08) instruct('省', provincePublication, cityDay + 5);
    if (national && random() < 0.2) instruct('国家', '国务院办公厅信息', cityDay + 7);
  }
  // The rows above were made item by item, so the objects of the five tables lie interleaved in memory. A record
  // set read from a workbook is built a sheet at a time (each table's rows one after another, strings shared
  // through the workbook's shared-strings table): the tables are laid out so, by copying them one by one.
  return {
    version: 1,
    units: units.map((u) => ({ ...u })),
    items: items.map((i) => ({ ...i, units: i.units.map((u) => ({ ...u })), attachments: [], tags: [] })),
    routes: routes.map((r) => ({ ...r })),
    adoptions: adoptions.map((a) => ({ ...a })),
    instructions: instructions.map((i) => ({ ...i })),
    penalties: [],
    commissions: [],
    urgentEvents: [],
  };
}
