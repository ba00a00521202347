import {
  type Commission,
  commissionId,
  eventId,
  type IsoDate,
  type IsoDateTime,
  type Item,
  type Penalty,
  type UrgentEvent,
} from '@caibian/core';
import { DEMO_PEOPLE, DEMO_UNITS } from './demoUnits.ts';
import type { SeededRandom } from './seededRandom.ts';

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10) as IsoDate;
const at = (day: string, hour: number, minute: number) =>
  `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` as IsoDateTime;
const plusMinutes = (time: IsoDateTime, minutes: number) => {
  const t = new Date(Date.parse(`${time}:00Z`) + minutes * 60_000).toISOString();
  return t.slice(0, 16) as IsoDateTime;
};

const TOPICS = ['一季度经济运行情况', '防汛备汛工作', '优化营商环境典型做法', '乡村振兴重点任务进展', '安全生产大检查'];

/**
 * Commissioned requests (约稿) of the demo: one per 约稿 item (answered on time, or a few days late), one
 * overdue and never answered (with a 约稿未报 penalty), and one still open, due after `today`.
 */
export function demoCommissions(
  random: SeededRandom,
  drafts: readonly { item: Item; day: IsoDate }[],
  today: IsoDate,
): { commissions: Commission[]; penalties: Penalty[] } {
  const answers = drafts.slice(0, -6).filter((d) => d.item.category === '约稿');
  const commissions: Commission[] = answers.map(({ item, day }, i) => {
    const unit = item.units[0]?.unitId ?? DEMO_UNITS[0]?.unit.id;
    const others = random
      .sample(
        DEMO_UNITS.slice(2, 11).map((d) => d.unit.id),
        2,
      )
      .filter((id) => id !== unit);
    const late = random.chance(0.2);
    return {
      id: commissionId(`演示约稿-${String(i + 1).padStart(2, '0')}`),
      topic: `请报送${item.title.replace(/工作进展情况$/, '')}相关情况`,
      unitIds: [unit as Commission['unitIds'][number], ...others],
      issued: addDays(day, -7),
      due: addDays(day, late ? -2 : random.int(0, 3)),
      fulfilments: [{ unitId: unit as Commission['unitIds'][number], itemId: item.id, date: day }],
    };
  });
  const towns = DEMO_UNITS.filter((d) => d.unit.group === '乡镇组').map((d) => d.unit.id);
  const missedDue = addDays(today, -random.int(20, 40));
  const missedUnit = random.pick(towns);
  commissions.push({
    id: commissionId('演示约稿-未报'),
    topic: random.pick(TOPICS),
    unitIds: [missedUnit],
    issued: addDays(missedDue, -10),
    due: missedDue,
    fulfilments: [],
  });
  commissions.push({
    id: commissionId('演示约稿-进行中'),
    topic: random.pick(TOPICS),
    unitIds: random.sample(towns, 3),
    issued: addDays(today, -3),
    due: addDays(today, 5),
    fulfilments: [],
  });
  const penalties: Penalty[] = [
    { unitId: missedUnit, kind: '约稿未报', date: addDays(missedDue, 1), note: '约稿逾期未报送' },
  ];
  return { commissions, penalties };
}

const EVENTS = [
  { title: '{town}一民房发生火灾', nature: '火灾', grade: '一般' as const },
  { title: '{town}境内发生一起道路交通事故', nature: '道路交通事故', grade: '一般' as const },
  { title: '强降雨致{town}部分道路中断', nature: '自然灾害（暴雨洪涝）', grade: '较大' as const },
  { title: '{town}一企业发生一般生产安全事故', nature: '生产安全事故', grade: '一般' as const },
];

/**
 * Urgent events (紧急信息) of the demo, each with its chain 初报 (phone, then written) → 续报 → 终报; one
 * written report came late and carries a 迟报 penalty.
 */
export function demoUrgentEvents(
  random: SeededRandom,
  drafts: readonly { day: IsoDate }[],
  today: IsoDate,
): { events: UrgentEvent[]; penalties: Penalty[] } {
  const towns = DEMO_UNITS.filter((d) => d.unit.group === '乡镇组');
  const days = random.sample(drafts.slice(0, -10), EVENTS.length).map((d) => d.day);
  const penalties: Penalty[] = [];
  const events = EVENTS.map((template, i): UrgentEvent => {
    const town = random.pick(towns);
    const day = (days[i] ?? today) as IsoDate;
    const occurredAt = at(day, random.int(6, 21), random.int(0, 59));
    const receivedAt = plusMinutes(occurredAt, random.int(10, 40));
    const late = i === 1;
    const written = plusMinutes(receivedAt, late ? 150 : random.int(40, 100));
    if (late) penalties.push({ unitId: town.unit.id, kind: '迟报', date: day, note: '书面初报超过2小时时限' });
    return {
      id: eventId(`演示紧急-${i + 1}`),
      title: template.title.replace('{town}', town.short),
      grade: template.grade,
      unitId: town.unit.id,
      occurredAt,
      receivedAt,
      place: `${town.short}${random.pick(['中心村', '新街社区', '集镇东路', '工业大道'])}`,
      nature: template.nature,
      scope: '影响范围较小，未造成次生灾害',
      casualties: random.chance(0.5) ? '无人员伤亡' : '1人轻伤，已送医救治',
      measures: '镇村干部第一时间赶赴现场，会同消防、公安、应急等部门开展处置，疏散周边群众。',
      trend: '现场已得到控制，后续情况正在核查中。',
      signer: random.pick(DEMO_PEOPLE.signers),
      contact: random.pick(DEMO_PEOPLE.contacts),
      reports: [
        { stage: '初报', channel: '电话', at: plusMinutes(receivedAt, random.int(5, 14)) },
        { stage: '初报', channel: '书面', at: written },
        { stage: '续报', channel: '书面', at: plusMinutes(written, random.int(120, 300)) },
        { stage: '终报', channel: '书面', at: plusMinutes(written, random.int(1_440, 2_880)) },
      ],
    };
  });
  return { events, penalties };
}
