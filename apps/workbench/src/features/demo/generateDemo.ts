import {
  type Adoption,
  type Category,
  type Instruction,
  type IsoDate,
  type Item,
  type ItemId,
  itemId,
  type Penalty,
  RECORD_SET_VERSION,
  type Route,
} from '@caibian/core';
import type { DemoDataset, DemoStep } from '../../data/demo.ts';
import { demoText } from './demoTexts.ts';
import { demoCommissions, demoUrgentEvents } from './demoTracking.ts';
import { DEMO_OFFICES, DEMO_PEOPLE, DEMO_UNITS, type DemoUnit } from './demoUnits.ts';
import { type SeededRandom, seededRandom } from './seededRandom.ts';

/** The seed of the demo every new user sees. */
export const DEMO_SEED = 20_240_305;

/** The tag every demo item carries, so lists show where it came from. */
export const DEMO_TAG = '演示数据';

const CATEGORY_WEIGHTS: readonly [Category, number][] = [
  ['动态', 52],
  ['经验', 20],
  ['问题', 9],
  ['建议', 7],
  ['调研', 6],
  ['约稿', 6],
];

/** `YYYY-MM-DD` of a UTC date. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10) as IsoDate;
/** `day` moved by `n` days. */
export const addDays = (day: string, n: number) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));

function weighted<T>(random: SeededRandom, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let roll = random.next() * total;
  for (const [value, w] of entries) {
    roll -= w;
    if (roll < 0) return value;
  }
  return (entries.at(-1) as readonly [T, number])[0];
}

interface Draft {
  item: Item;
  unit: DemoUnit;
  day: IsoDate;
}

/** Writes the items of the period: about 11 a month, each by a unit chosen by its weight. */
function writeItems(random: SeededRandom, from: IsoDate, today: IsoDate): Draft[] {
  const drafts: Draft[] = [];
  const seq = new Map<string, number>();
  const units = DEMO_UNITS.map((d) => [d, d.weight] as const);
  for (let month = from.slice(0, 7); month <= today.slice(0, 7); ) {
    const count = random.int(8, 14);
    const days: IsoDate[] = [];
    for (let i = 0; i < count; i++) {
      const day = `${month}-${String(random.int(1, 28)).padStart(2, '0')}` as IsoDate;
      if (day <= today) days.push(day);
    }
    for (const day of days.sort()) {
      const unit = weighted(random, units);
      const category = weighted(random, CATEGORY_WEIGHTS);
      const year = day.slice(0, 4);
      const n = (seq.get(year) ?? 0) + 1;
      seq.set(year, n);
      const text = demoText(category, unit.unit.name, unit.short, random.pick(unit.topics), random);
      const partner = random.chance(0.08) ? random.pick(DEMO_UNITS.filter((d) => d !== unit)) : undefined;
      const item: Item = {
        id: itemId(`演示${year}-${String(n).padStart(3, '0')}`),
        title: text.title,
        body: text.body,
        units: [{ unitId: unit.unit.id }, ...(partner ? [{ unitId: partner.unit.id }] : [])],
        category,
        secrecy: '无',
        disclosure: '公开',
        signer: random.pick(DEMO_PEOPLE.signers),
        contact: random.pick(DEMO_PEOPLE.contacts),
        drafted: addDays(day, -random.int(0, 2)),
        signed: day,
        attachments: random.chance(0.15) ? [{ kind: '图片' }] : [],
        tags: [DEMO_TAG],
      };
      drafts.push({ item, unit, day });
    }
    const [y, m] = month.split('-').map(Number) as [number, number];
    month = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  return drafts;
}

const issueOf = (day: string, n: number) => `〔${day.slice(0, 4)}〕第${n}期`;

/**
 * Generates the demo data of 青岚县 deterministically: the same `seed` and `today` always give the same
 * records. Items run from 1 January of last year to `today`: routes to the county (直报), forwarded to the
 * city and the province (转报); adoptions in the county's 《要情》《青岚政务信息》, the city's 《昨日情况》
 * 《专报信息》《政务建议》 and the province's 《信息简报》《专报信息》, so they score under both the
 * `county-office` and `lianyungang` presets; leader instructions, penalties, commissions and urgent
 * events. The newest items are left in the workflow (草稿, 审核中, 退改, 已签发).
 *
 * @example
 * const demo = generateDemo({ today: '2026-11-26' });
 * await records.importRecordSet(demo.records);
 */
export function generateDemo(options: { today: string; seed?: number }): DemoDataset {
  const random = seededRandom(options.seed ?? DEMO_SEED);
  const today = options.today.slice(0, 10) as IsoDate;
  const from = `${Number(today.slice(0, 4)) - 1}-01-01` as IsoDate;
  const drafts = writeItems(random, from, today);
  const inWorkflow = drafts.slice(-6);
  const submitted = drafts.slice(0, -6);
  const routes: Route[] = [];
  const adoptions: Adoption[] = [];
  const instructions: Instruction[] = [];
  const issues = new Map<string, number>();
  const nextIssue = (publication: string, day: string) => {
    const key = `${publication}/${day.slice(0, 4)}`;
    const n = (issues.get(key) ?? 0) + 1;
    issues.set(key, n);
    return issueOf(day, n);
  };
  const adopt = (item: Item, level: Adoption['level'], publication: string, form: Adoption['form'], day: string) =>
    adoptions.push({
      itemId: item.id,
      level,
      publication,
      form,
      date: day as IsoDate,
      issue: nextIssue(publication, day),
    });
  const instruct = (item: Item, rank: Instruction['rank'], leader: string, day: string, publication: string) =>
    instructions.push({
      itemId: item.id,
      rank,
      leader,
      category: /书记|县长$|市长$|省长$/.test(leader) && !leader.includes('副') ? '主要领导' : '其他领导',
      date: day as IsoDate,
      publication,
    });

  for (const { item, unit, day } of submitted) {
    const general = unit.short === '县委办' || unit.short === '县政府办';
    if (!general)
      routes.push({ itemId: item.id, level: '县', office: DEMO_OFFICES.县, kind: '直报', date: day, status: '已报送' });
    const research = item.category === '调研' || item.category === '建议';
    const toCity = general || research || random.chance(0.42);
    if (!general && random.chance(0.55)) {
      const yaoqing = random.chance(0.3);
      const combined = !yaoqing && random.chance(0.2);
      const at = addDays(day, random.int(1, 4));
      adopt(item, '县', yaoqing ? '要情' : '青岚政务信息', yaoqing ? '单条' : combined ? '综合' : '单条', at);
      if (random.chance(0.12))
        instruct(item, '县', random.pick(DEMO_PEOPLE.countyLeaders), addDays(at, 2), yaoqing ? '要情' : '青岚政务信息');
    }
    if (!toCity) continue;
    const cityDay = addDays(day, random.int(0, 2));
    routes.push({
      itemId: item.id,
      level: '市',
      office: DEMO_OFFICES.市,
      kind: general ? '直报' : '转报',
      date: cityDay,
      status: '已报送',
    });
    if (random.chance(0.5)) {
      const at = addDays(cityDay, random.int(1, 5));
      const publication = research ? '政务建议' : random.chance(0.2) ? '专报信息' : '昨日情况';
      adopt(item, '市', publication, publication === '昨日情况' && random.chance(0.25) ? '简讯' : '单条', at);
      if (random.chance(research ? 0.4 : 0.12)) {
        const leader = random.pick(DEMO_PEOPLE.cityLeaders);
        instruct(item, '市', leader, addDays(at, random.int(1, 6)), publication);
      }
      if (random.chance(0.25)) {
        const provinceDay = addDays(at, random.int(1, 3));
        routes.push({
          itemId: item.id,
          level: '省',
          office: DEMO_OFFICES.省,
          kind: '转报',
          date: provinceDay,
          status: '已报送',
        });
        if (random.chance(0.45)) {
          const publication2 = research ? '专报信息' : '信息简报';
          const at2 = addDays(provinceDay, random.int(2, 8));
          adopt(item, '省', publication2, '单条', at2);
          if (random.chance(0.2))
            instruct(item, '省', random.pick(DEMO_PEOPLE.provinceLeaders), addDays(at2, 3), publication2);
        }
      }
    }
  }

  const items = drafts.map((d) => d.item);
  const workflow: DemoStep[] = inWorkflow.flatMap(({ item }, i): DemoStep[] => {
    const unsigned = { ...item };
    delete unsigned.signed;
    const index = items.indexOf(item);
    items[index] = unsigned;
    if (i < 2) return [];
    if (i < 4) return [{ itemId: item.id, action: '送审' }];
    if (i === 4)
      return [
        { itemId: item.id, action: '送审' },
        { itemId: item.id, action: '退改', comment: '标题请突出数据，正文第二段压缩到200字以内。' },
      ];
    return [
      { itemId: item.id, action: '送审' },
      { itemId: item.id, action: '签发', signer: random.pick(DEMO_PEOPLE.signers) },
    ];
  });

  const tracking = {
    commissions: demoCommissions(random, drafts, today),
    urgentEvents: demoUrgentEvents(random, drafts, today),
  };
  const penalties: Penalty[] = [...tracking.commissions.penalties, ...tracking.urgentEvents.penalties];
  const ids = new Set<ItemId>(submitted.map((d) => d.item.id));
  return {
    records: {
      version: RECORD_SET_VERSION,
      units: DEMO_UNITS.map((d) => d.unit),
      items,
      routes: routes.filter((r) => ids.has(r.itemId)),
      adoptions,
      instructions,
      penalties,
      commissions: tracking.commissions.commissions,
      urgentEvents: tracking.urgentEvents.events,
    },
    workflow,
    settings: { ourUnit: DEMO_UNITS[1]?.unit.id as DemoDataset['settings']['ourUnit'], scheme: 'county-office' },
  };
}
