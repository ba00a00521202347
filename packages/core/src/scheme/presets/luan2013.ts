import type { Scheme } from '../schemeSchema.ts';

/** 六安市政务信息报送计分考评奖励办法 (六政办秘〔2013〕36号). */
export const luan2013: Scheme = {
  format: 'caibian-scheme',
  version: 1,
  id: 'luan-2013',
  name: '六安市政务信息报送计分考评奖励办法',
  source: '六政办秘〔2013〕36号',
  description:
    '市级办法。《政务要情》每条 10 分，《政务快讯》5 分，《政务快讯（专报）》10 分；报省政府办公厅每条 5 分，被省政府办公厅采用 40 分；报国办每条 30 分，被国办采用 80 分；市主要领导批示每条加 30 分。一条信息被多个刊物采用的，分值累加。' +
    '决定：公布的文本在此之后被截断，其他市领导批示按减半计 15 分（其他地方最常见的做法）。“报省政府办公厅 / 报国办”指报送级别为 省 / 国家 的任何报送记录，直报或转报均可。省级任何采用计 40 分，国家级任何采用计 80 分，不论刊物。其他市领导指领导级别 市、领导类别“其他领导”。联合报送的信息分值由各报送单位平均分配。',
  adoptions: {
    combine: 'sum',
    rules: [
      { id: 'city-zwyq', label: '《政务要情》采用', levels: ['市'], publications: ['政务要情'], points: 10 },
      {
        id: 'city-zwkx-zb',
        label: '《政务快讯（专报）》采用',
        levels: ['市'],
        publications: ['政务快讯(专报)'],
        points: 10,
      },
      { id: 'city-zwkx', label: '《政务快讯》采用', levels: ['市'], publications: ['政务快讯'], points: 5 },
      { id: 'prov', label: '省政府办公厅采用', levels: ['省'], points: 40 },
      { id: 'national', label: '国办采用', levels: ['国家'], points: 80 },
    ],
  },
  routes: [
    { id: 'route-prov', label: '报省政府办公厅', levels: ['省'], points: 5 },
    { id: 'route-national', label: '报国办', levels: ['国家'], points: 30 },
  ],
  instructions: {
    rules: [
      {
        id: 'instr-city-principal',
        label: '市主要领导批示',
        ranks: ['市'],
        leaderCategories: ['主要领导'],
        points: 30,
      },
      {
        id: 'instr-city-other',
        label: '其他市领导批示（决定：减半计分）',
        ranks: ['市'],
        leaderCategories: ['其他领导'],
        points: 15,
      },
    ],
  },
  aggregation: { method: 'sum' },
};
