import type { Scheme } from '../schemeSchema.ts';

/** A county office's 信息工作目标考核评比办法 for its own sections (股室). */
export const countyOffice: Scheme = {
  format: 'caibian-scheme',
  version: 1,
  id: 'county-office',
  name: '县政府办公室信息工作目标考核评比办法（股室）',
  description:
    '县级办法。基础分：全年报送 15 条及以上计 50 分，不足计 0 分。县级：单条采用 5 分；综合采用的，每个被综合单位各 3 分；县《要情》采用 10 分。上级采用每条：市委办 10 分，省两办 20 分，国办 30 分，中办 50 分。调研文章采用分加倍。一条信息被多个刊物采用的，分值累加。领导批示：中央、国家领导加 50 分，省领导加 40 分，市领导加 30 分，市两办秘书长级领导加 20 分，县领导加 10 分。' +
    '决定：基础分按统计期内有报送记录（报送日期在期内）、写有该单位的不同信息编号计数（同一信息报县又转报市只算一条）。市级任何采用计 10 分；国家级采用计 30 分，刊物名称以“中办”开头的计 50 分；县级刊物《要情》不论采用形式计 10 分，其他县级采用单条计 5 分、综合计 3 分给该信息的每个单位（不分摊），其他形式计 0 分。调研文章只加倍采用分，不加倍批示分。每一类领导批示每条信息只加一次分。其他联合报送的信息分值由各报送单位平均分配。',
  quotas: [
    {
      id: 'base',
      label: '全年报送 15 条及以上',
      window: 'year',
      tiers: [{ min: 15, points: 50 }],
    },
  ],
  adoptions: {
    combine: 'sum',
    rules: [
      { id: 'county-yaoqing', label: '县《要情》采用', levels: ['县'], publications: ['要情'], points: 10 },
      { id: 'county-single', label: '县级单条采用', levels: ['县'], forms: ['单条'], points: 5 },
      {
        id: 'county-combined',
        label: '县级综合采用（每个单位各计）',
        levels: ['县'],
        forms: ['综合'],
        points: 3,
        credit: 'each',
      },
      { id: 'city', label: '市委办采用', levels: ['市'], points: 10 },
      { id: 'prov', label: '省两办采用', levels: ['省'], points: 20 },
      { id: 'national-zhongban', label: '中办采用', levels: ['国家'], publicationPrefixes: ['中办'], points: 50 },
      { id: 'national', label: '国办采用', levels: ['国家'], points: 30 },
    ],
    multipliers: [{ id: 'research-double', label: '调研文章采用分加倍', categories: ['调研'], factor: 2 }],
  },
  instructions: {
    rules: [
      {
        id: 'instr-city-secretary',
        label: '市两办秘书长级领导批示',
        ranks: ['市'],
        leaderCategories: ['秘书长级'],
        points: 20,
      },
      { id: 'instr-national', label: '中央、国家领导批示', ranks: ['国家'], points: 50 },
      { id: 'instr-prov', label: '省领导批示', ranks: ['省'], points: 40 },
      { id: 'instr-city', label: '市领导批示', ranks: ['市'], points: 30 },
      { id: 'instr-county', label: '县领导批示', ranks: ['县'], points: 10 },
    ],
  },
  aggregation: { method: 'sum' },
};
