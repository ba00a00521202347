import type { Category } from '@caibian/core';
import type { SeededRandom } from './seededRandom.ts';

/** Title and body of one demo item. */
export interface DemoText {
  title: string;
  body: string;
}

const MEASURES = ['多措并举', '四个聚焦', '三项机制', '五个到位', '清单化管理', '“一线工作法”'];
const RESULTS = ['取得阶段性成效', '见实效', '跑出加速度', '提质增效', '实现新突破'];

const OPENINGS = [
  '今年以来，{unit}围绕{topic}，细化任务清单、压实工作责任，推动各项工作落地见效。',
  '近期，{unit}把{topic}作为重点工作，坚持问题导向，逐项对账销号。',
  '为进一步做好{topic}工作，{unit}结合实际制定实施方案，明确时间表和路线图。',
];

const POINTS = [
  '一是强化组织领导。成立由主要负责同志任组长的工作专班，每月召开{n1}次推进会，协调解决问题{n2}个。',
  '二是完善工作机制。建立“周调度、月通报、季考核”制度，将{topic}纳入年度目标考核，考核结果与评先评优挂钩。',
  '三是加大要素保障。统筹各类资金{n3}万元，整合项目{n1}个，选派业务骨干{n2}名下沉一线开展指导服务。',
  '四是注重宣传引导。通过政务新媒体、村（社区）宣传栏等渠道发布信息{n4}条，开展政策宣讲{n2}场次，覆盖群众{n5}人次。',
];

const FIGURES = [
  '截至目前，已完成年度任务的{p}%，同比提高{q}个百分点。',
  '1月至{m}月，累计办结事项{n4}件，群众满意率达{p}.{q}%。',
  '全年预计可带动就业{n2}人，增加村集体收入{n3}万元。',
];

const PROBLEMS = [
  '调研发现，当前仍存在基层人员力量不足、资金到位偏慢等问题，个别项目进度滞后于计划{q}个百分点。',
  '据对{n1}个村（社区）的走访，部分群众反映办事流程较多、等待时间较长，需引起重视。',
];

const SUGGESTIONS = [
  '建议：一是加强部门协同，建立问题会商机制；二是加大资金统筹力度，优先保障重点项目；三是强化督查问效，对进度滞后的单位及时提醒约谈。',
  '下一步，将持续跟踪问效，及时总结推广好的做法，确保各项任务按期完成。',
];

function fill(template: string, random: SeededRandom, vars: { unit: string; topic: string }): string {
  return template
    .replaceAll('{unit}', vars.unit)
    .replaceAll('{topic}', vars.topic)
    .replaceAll('{n1}', String(random.int(2, 6)))
    .replaceAll('{n2}', String(random.int(12, 96)))
    .replaceAll('{n3}', String(random.int(120, 2_600)))
    .replaceAll('{n4}', String(random.int(130, 980)))
    .replaceAll('{n5}', String(random.int(1_200, 26_000)))
    .replaceAll('{p}', String(random.int(62, 98)))
    .replaceAll('{q}', String(random.int(2, 9)))
    .replaceAll('{m}', String(random.int(3, 11)));
}

function titleOf(category: Category, short: string, topic: string, random: SeededRandom): string {
  switch (category) {
    case '问题':
      return `${short}${topic}中${random.pick(['基层力量不足问题需关注', '资金到位偏慢问题不容忽视', '群众反映办事环节多'])}`;
    case '建议':
      return `关于进一步加强${topic}的几点建议`;
    case '调研':
      return `${short}${topic}情况的调研报告`;
    case '经验':
      return `${short}${random.pick(MEASURES)}推动${topic}${random.pick(RESULTS)}`;
    case '约稿':
      return `${short}${topic}工作进展情况`;
    default: {
      const n = random.int(3, 8);
      return random.pick([
        `${short}${random.pick(MEASURES)}推进${topic}`,
        `${short}${n}项举措加快${topic}`,
        `${short}${topic}${random.pick(RESULTS)}`,
        `${short}召开${topic}推进会`,
      ]);
    }
  }
}

/** Characters of a body as the writing norms count them (no spaces or line breaks). */
export function bodyLength(body: string): number {
  return body.replace(/\s/g, '').length;
}

/**
 * Writes a demo item in the style of real 政务信息: a title of unit + event, and a body of 200 to 600
 * characters built 总-分 (an opening, then 一是、二是…, figures, and for problems and proposals their
 * analysis and suggestions), ending with the unit.
 */
export function demoText(category: Category, unitName: string, short: string, topic: string, random: SeededRandom) {
  const vars = { unit: short, topic };
  const paragraphs = [fill(random.pick(OPENINGS), random, vars)];
  const points = random.int(2, 4);
  for (const point of POINTS.slice(0, points)) paragraphs.push(fill(point, random, vars));
  const figures = random.sample(FIGURES, FIGURES.length);
  paragraphs.push(fill(figures.pop() as string, random, vars));
  if (category === '问题' || category === '调研') paragraphs.push(fill(random.pick(PROBLEMS), random, vars));
  if (category === '建议' || category === '调研') paragraphs.push(fill(SUGGESTIONS[0] as string, random, vars));
  else if (random.chance(0.5)) paragraphs.push(fill(SUGGESTIONS[1] as string, random, vars));
  const tail = `（${unitName}）`;
  while (bodyLength(paragraphs.join('')) + tail.length > 600 && paragraphs.length > 2) paragraphs.splice(-2, 1);
  const padding = [...POINTS.slice(points), ...figures];
  let at = points + 1;
  while (bodyLength(paragraphs.join('')) + tail.length < 200 && padding.length > 0) {
    paragraphs.splice(at++, 0, fill(padding.shift() as string, random, vars));
  }
  const last = paragraphs.length - 1;
  paragraphs[last] = `${paragraphs[last]}${tail}`;
  return { title: titleOf(category, short, topic, random), body: paragraphs.join('\n\n') } satisfies DemoText;
}
