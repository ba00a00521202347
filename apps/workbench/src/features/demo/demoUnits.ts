import type { Unit } from '@caibian/core';
import { unitId } from '@caibian/core';

/** The fictional county of the demo data. */
export const DEMO_COUNTY = '青岚县';

/** A demo unit with what the text generator needs: a short name for titles and its usual topics. */
export interface DemoUnit {
  unit: Unit;
  /** How titles name the unit, e.g. 城关镇, 县农业农村局. */
  short: string;
  /** Work the unit reports on, e.g. 高标准农田建设. */
  topics: readonly string[];
  /** Relative number of items the unit writes. */
  weight: number;
}

const u = (
  name: string,
  short: string,
  group: string | undefined,
  topics: string[],
  weight: number,
  parent?: string,
): DemoUnit => ({
  unit: {
    id: unitId(name),
    name,
    ...(group !== undefined && { group }),
    ...(parent !== undefined && { parentId: unitId(parent) }),
  },
  short,
  topics,
  weight,
});

/**
 * Twelve units of 青岚县: the two general offices and five departments (部门组), four towns (乡镇组), and
 * one reporting point (信息直报点) whose points roll up into its town.
 */
export const DEMO_UNITS: readonly DemoUnit[] = [
  u('青岚县委办公室', '县委办', '部门组', ['督查督办', '基层减负', '调研成果转化'], 2),
  u('青岚县政府办公室', '县政府办', '部门组', ['政务公开', '12345热线办理', '营商环境优化'], 3),
  u('青岚县发展和改革局', '县发展改革局', '部门组', ['重点项目建设', '以工代赈', '粮食储备管理'], 3),
  u('青岚县教育体育局', '县教育体育局', '部门组', ['义务教育均衡发展', '教育信息化', '课后服务'], 3),
  u('青岚县农业农村局', '县农业农村局', '部门组', ['高标准农田建设', '春耕备耕', '生猪稳产保供'], 4),
  u('青岚县应急管理局', '县应急管理局', '部门组', ['安全生产专项整治', '防汛抗旱', '森林防火'], 3),
  u('青岚县卫生健康委员会', '县卫生健康委', '部门组', ['县域医共体建设', '家庭医生签约', '基层卫生服务'], 2),
  u('城关镇', '城关镇', '乡镇组', ['老旧小区改造', '网格化治理', '社区养老服务'], 4),
  u('石桥镇', '石桥镇', '乡镇组', ['工业园区招商', '规上企业培育', '人居环境整治'], 4),
  u('柳溪镇', '柳溪镇', '乡镇组', ['茶叶产业发展', '乡村旅游', '农村集体经济'], 3),
  u('双河乡', '双河乡', '乡镇组', ['易地搬迁后续扶持', '特色种植', '移风易俗'], 2),
  u('石桥镇工业园区信息直报点', '石桥工业园区', undefined, ['企业用工保障', '项目投产达效'], 1, '石桥镇'),
];

/** Offices the demo items are sent to, by level. */
export const DEMO_OFFICES = {
  县: '青岚县政府办公室',
  市: '市政府办公室',
  省: '省政府办公厅',
} as const;

/** People named in the demo: signers, contacts and leaders. Fictional. */
export const DEMO_PEOPLE = {
  signers: ['周建华', '陈立新', '刘海涛', '孙晓梅', '赵国强', '吴文静'],
  contacts: ['王雪 0518-8321 4406', '李娜 0518-8321 5127', '张磊 0518-8322 0913', '何静 0518-8323 6650'],
  countyLeaders: ['县委书记', '县长', '常务副县长', '分管副县长'],
  cityLeaders: ['市委书记', '市长', '常务副市长', '分管副市长'],
  provinceLeaders: ['省长', '副省长'],
} as const;
