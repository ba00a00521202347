import type { Scheme } from '../schemeSchema.ts';

/** A city's 专报信息 assessment ("两翼" 专报). */
export const liangyi: Scheme = {
  format: 'caibian-scheme',
  version: 1,
  id: 'liangyi',
  name: '“两翼”专报信息考核办法',
  description:
    '市级办法。专项报道 10 分；动态 3 分；简讯 1 分；两个及以上单位的信息综合成一条的，每个单位 1 分。市领导批示：第一次加 10 分，同一信息再有批示每次加 5 分；秘书长级领导批示：第一次加 5 分，再有每次加 3 分。一年内迟报三次或约稿两次未报送的，每次扣 10 分并取消年度评先资格；信息不实的每条扣 10 分。' +
    '决定：专项报道为采用形式“单篇”（10 分），动态为“单条”（3 分），简讯 1 分；只计市级采用；采用形式为“综合”的，该信息的每个单位各计 1 分。“每次扣 10 分”指统计期内每满三次迟报、每满两次约稿未报各扣 10 分（三次或四次迟报扣 10 分）。信息不实指扣分事项“失实”。同一信息的第 n 次市领导批示（主要领导或其他领导）n = 1 时加 10 分，否则加 5 分；第 n 次秘书长级批示 n = 1 时加 5 分，否则加 3 分；两个序列分别计数。其他联合报送的信息分值由各报送单位平均分配。',
  adoptions: {
    combine: 'sum',
    rules: [
      { id: 'city-feature', label: '专项报道（单篇）', levels: ['市'], forms: ['单篇'], points: 10 },
      { id: 'city-news', label: '动态（单条）', levels: ['市'], forms: ['单条'], points: 3 },
      { id: 'city-brief', label: '简讯', levels: ['市'], forms: ['简讯'], points: 1 },
      {
        id: 'city-combined',
        label: '多单位综合（每个单位 1 分）',
        levels: ['市'],
        forms: ['综合'],
        points: 1,
        credit: 'each',
      },
    ],
  },
  instructions: {
    rules: [
      {
        id: 'instr-city',
        label: '市领导批示',
        ranks: ['市'],
        leaderCategories: ['主要领导', '其他领导'],
        points: 10,
        further: 5,
      },
      { id: 'instr-secretary', label: '秘书长级领导批示', leaderCategories: ['秘书长级'], points: 5, further: 3 },
    ],
  },
  penalties: [
    {
      id: 'late-three',
      label: '迟报满三次扣 10 分并取消年度评先资格',
      type: 'every',
      kinds: ['迟报'],
      every: 3,
      points: -10,
      disqualify: true,
    },
    {
      id: 'commission-two',
      label: '约稿满两次未报扣 10 分并取消年度评先资格',
      type: 'every',
      kinds: ['约稿未报'],
      every: 2,
      points: -10,
      disqualify: true,
    },
    { id: 'untrue', label: '信息不实每条扣 10 分', type: 'fixed', kinds: ['失实'], points: -10 },
  ],
  aggregation: { method: 'sum' },
};
