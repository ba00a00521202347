import {
  type Adoption,
  type AdoptionForm,
  type Category,
  type Instruction,
  type IsoDate,
  type Item,
  itemId,
  type Level,
  RECORD_SET_VERSION,
  type RecordSet,
  type Route,
  type Unit,
  unitId,
} from '@caibian/core';
import { type GenerateSize, generateRecordSet } from '../../../storage-bench/generate.ts';

/** A small deterministic random source (mulberry32). */
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

/** Publications by level, named as the lianyungang preset names them (so the demo scores). */
const PUBLICATIONS: Record<Level, readonly string[]> = {
  县: ['县政务信息'],
  市: ['昨日情况', '昨日情况', '专报信息', '政务建议'],
  省: ['信息简报', '江苏信息摘编', '专报信息', '互联网信息摘编'],
  国家: ['国办信息'],
};
const FORMS: readonly AdoptionForm[] = ['单条', '单条', '简讯', '综合'];

/** Re-labels adoptions with real publication names and forms, so generated data scores under the presets. */
function realPublications(adoptions: readonly Adoption[], rnd: () => number): Adoption[] {
  return adoptions.map((a) => {
    const list = PUBLICATIONS[a.level];
    return {
      ...a,
      publication: list[Math.floor(rnd() * list.length)] ?? a.publication,
      form: FORMS[Math.floor(rnd() * FORMS.length)] as AdoptionForm,
    };
  });
}

/**
 * The benchmark's records (issue 7's scale at `size`): the storage bench's generator with real publication
 * names, and every tenth item forwarded to the province (转报), so the presets' clauses apply.
 */
export function benchRecordSet(size: GenerateSize, seed = 7): RecordSet {
  const set = generateRecordSet(size, seed);
  const rnd = random(seed + 1);
  const forwarded: Route[] = set.items
    .filter((_, i) => i % 10 === 0)
    .map((item) => ({
      itemId: item.id,
      level: '省',
      kind: '转报',
      date: item.signed ?? item.drafted,
      status: '已报送',
    }))
    .filter((r): r is Route => r.date !== undefined);
  return { ...set, routes: [...set.routes, ...forwarded], adoptions: realPublications(set.adoptions, rnd) };
}

const COUNTIES = ['海州区', '连云区', '赣榆区', '东海县', '灌云县', '灌南县'];
const DEPARTMENTS = ['市发展改革委', '市教育局', '市公安局', '市财政局'];
/** Our unit in the demo data. */
export const DEMO_OUR_UNIT = '灌云县';

/**
 * A small demo (ten units in two groups and a street office rolling up into 海州区, about 300 items from
 * January to June 2024) that scores under lianyungang and ranks differently under luan-2013.
 */
export function demoRecordSet(seed = 2024): RecordSet {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const units: Unit[] = [
    ...COUNTIES.map((name) => ({ id: unitId(name), name, group: '县区组' })),
    ...DEPARTMENTS.map((name) => ({ id: unitId(name), name, group: '部门组' })),
    { id: unitId('浦东街道'), name: '浦东街道', group: '县区组', parentId: unitId('海州区') },
  ];
  const weights = units.map((_, i) => 1 + ((i * 7) % 5));
  const weighted = units.flatMap((u, i) => Array.from({ length: weights[i] ?? 1 }, () => u));
  const day = (month: number, d: number) =>
    `2024-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}` as IsoDate;
  const items: Item[] = [];
  const routes: Route[] = [];
  const adoptions: Adoption[] = [];
  const instructions: Instruction[] = [];
  const categories: readonly Category[] = ['动态', '动态', '经验', '问题', '建议', '调研'];
  for (let n = 0; n < 300; n += 1) {
    const month = 1 + Math.floor(n / 50);
    const date = day(month, 1 + Math.floor(rnd() * 20));
    const unit = pick(weighted);
    const id = itemId(`LYG-${String(n + 1).padStart(4, '0')}`);
    const category = pick(categories);
    items.push({
      id,
      title: `${unit.name}${pick(['推进营商环境改革', '做好防汛准备', '开展安全生产检查', '推动乡村振兴', '优化政务服务'])}（第${n + 1}条）`,
      units: [{ unitId: unit.id }],
      category,
      secrecy: '无',
      drafted: date,
      signed: date,
      attachments: [],
      tags: [],
    });
    routes.push({ itemId: id, level: '市', office: '市政府办公室', kind: '直报', date, status: '已报送' });
    const roll = rnd();
    if (roll < 0.55) {
      const publication = category === '调研' ? '政务建议' : pick(['昨日情况', '昨日情况', '专报信息']);
      adoptions.push({ itemId: id, level: '市', publication, form: pick(['单条', '简讯']), date: day(month, 22) });
    }
    if (roll < 0.15) {
      routes.push({
        itemId: id,
        level: '省',
        office: '省政府办公厅',
        kind: '转报',
        date: day(month, 23),
        status: '已采用',
      });
      adoptions.push({
        itemId: id,
        level: '省',
        publication: pick(PUBLICATIONS.省),
        form: '单条',
        date: day(month, 26),
      });
    }
    if (roll < 0.08) instructions.push({ itemId: id, rank: '市', category: '主要领导', date: day(month, 27) });
  }
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
