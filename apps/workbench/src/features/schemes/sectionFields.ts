import {
  ADOPTION_FORMS,
  ATTACHMENT_KINDS,
  CATEGORIES,
  LEADER_CATEGORIES,
  LEADER_RANKS,
  LEVELS,
  PENALTY_KINDS,
  ROUTE_KINDS,
} from '@caibian/core';

/** How one field of a rule is edited. */
export interface FieldSpec {
  readonly name: string;
  readonly label: string;
  /** id: 条款编号; amount: number or {param}; tags: free list; multi: list from `options`; select: one of `options`. */
  readonly kind: 'id' | 'text' | 'number' | 'amount' | 'tags' | 'multi' | 'select' | 'switch' | 'tiers';
  readonly options?: readonly string[];
  readonly width?: number;
}

/** A list section of the scheme format: where it lives and the fields of each rule. */
export interface SectionSpec {
  readonly path: readonly string[];
  readonly title: string;
  readonly fields: readonly FieldSpec[];
  /** What a new rule starts as. */
  readonly blank: Record<string, unknown>;
}

const id: FieldSpec = { name: 'id', label: '条款编号', kind: 'id', width: 150 };
const label: FieldSpec = { name: 'label', label: '说明', kind: 'text', width: 220 };
const levels: FieldSpec = { name: 'levels', label: '级别', kind: 'multi', options: LEVELS };
const categories: FieldSpec = { name: 'categories', label: '信息类别', kind: 'multi', options: CATEGORIES };
const kinds: FieldSpec = { name: 'kinds', label: '报送途径', kind: 'multi', options: ROUTE_KINDS };
const points: FieldSpec = { name: 'points', label: '分值', kind: 'amount', width: 110 };
const blank = (prefix: string) => ({ id: `${prefix}-new`, label: '新条款', points: 1 });

const routeFields = [id, label, levels, kinds, categories, points];

/** Every list section of the scheme format the form edits, in the order of `schemeSchema.ts`. */
export const SECTIONS: readonly SectionSpec[] = [
  {
    path: ['adoptions', 'rules'],
    title: '采用计分（按顺序匹配第一条）',
    blank: blank('adoption'),
    fields: [
      id,
      label,
      levels,
      { name: 'publications', label: '刊物', kind: 'tags' },
      { name: 'publicationPrefixes', label: '刊物名前缀', kind: 'tags' },
      { name: 'forms', label: '采用形式', kind: 'multi', options: ADOPTION_FORMS },
      categories,
      points,
      { name: 'credit', label: '联合报送', kind: 'select', options: ['split', 'each'] },
    ],
  },
  {
    path: ['adoptions', 'multipliers'],
    title: '倍数（如转报×2、调研×2）',
    blank: { id: 'multiplier-new', label: '新倍数', factor: 2 },
    fields: [
      id,
      label,
      { name: 'factor', label: '倍数', kind: 'amount', width: 100 },
      levels,
      { name: 'rules', label: '适用采用条款', kind: 'tags' },
      categories,
    ],
  },
  { path: ['routes'], title: '报送计分', blank: blank('route'), fields: routeFields },
  { path: ['unadopted'], title: '报送未采用计分', blank: blank('unadopted'), fields: routeFields },
  {
    path: ['instructions', 'rules'],
    title: '领导批示加分',
    blank: blank('instruction'),
    fields: [
      id,
      label,
      { name: 'ranks', label: '领导级别', kind: 'multi', options: LEADER_RANKS },
      { name: 'leaderCategories', label: '领导类别', kind: 'multi', options: LEADER_CATEGORIES },
      { name: 'publications', label: '所在刊物', kind: 'tags' },
      points,
      { name: 'further', label: '其后每次', kind: 'amount', width: 100 },
      { name: 'series', label: '系列', kind: 'text', width: 100 },
    ],
  },
  {
    path: ['attachments', 'rules'],
    title: '附件加分',
    blank: { id: 'attachment-new', label: '新条款', kinds: ['图片'], points: 1 },
    fields: [id, label, { name: 'kinds', label: '附件类型', kind: 'multi', options: ATTACHMENT_KINDS }, points],
  },
  {
    path: ['quotas'],
    title: '基础分（按报送条数）',
    blank: { id: 'quota-new', label: '新条款', window: 'month', tiers: [{ min: 8, points: 10 }] },
    fields: [
      id,
      label,
      { name: 'window', label: '统计周期', kind: 'select', options: ['period', 'month', 'quarter', 'year'] },
      levels,
      kinds,
      categories,
      { name: 'tiers', label: '档次（至少N条得M分）', kind: 'tiers' },
      { name: 'capPerWindow', label: '每周期上限', kind: 'amount', width: 100 },
      { name: 'capPerYear', label: '每年上限', kind: 'amount', width: 100 },
    ],
  },
  {
    path: ['penalties'],
    title: '扣分',
    blank: { id: 'penalty-new', label: '新条款', type: 'fixed', kinds: ['迟报'], points: -10 },
    fields: [
      id,
      label,
      { name: 'type', label: '方式', kind: 'select', options: ['fixed', 'every', 'itemPercent'] },
      { name: 'kinds', label: '事项', kind: 'multi', options: PENALTY_KINDS },
      { name: 'points', label: '分值', kind: 'amount', width: 100 },
      { name: 'every', label: '每N次', kind: 'number', width: 90 },
      { name: 'percent', label: '扣减百分比', kind: 'number', width: 100 },
      { name: 'disqualify', label: '取消评优', kind: 'switch' },
    ],
  },
  {
    path: ['tieBreaks'],
    title: '并列时比较',
    blank: { id: 'tie-new', label: '新条款', type: 'scoredItems' },
    fields: [
      id,
      label,
      { name: 'type', label: '方式', kind: 'select', options: ['adoptionCount', 'scoredItems'] },
      { name: 'rules', label: '采用条款', kind: 'tags' },
      levels,
    ],
  },
];

/** Chinese names of the format's enumerated words (the values stay as the format writes them). */
export const OPTION_LABELS: Readonly<Record<string, string>> = {
  split: '平均分配',
  each: '各得全额',
  period: '整个期间',
  month: '每月',
  quarter: '每季度',
  year: '每年',
  fixed: '每次固定分值',
  every: '每满N次',
  itemPercent: '按信息得分百分比',
  adoptionCount: '采用条数',
  scoredItems: '计分信息条数',
  sum: '累加',
  max: '只计最高',
  average: '平均分（总分÷计分条数）',
};
