import type { Scheme } from '../schemeSchema.ts';

/** 常山县政务信息工作考核办法 (常政办发〔2014〕97号). */
export const changshan2014: Scheme = {
  format: 'caibian-scheme',
  version: 1,
  id: 'changshan-2014',
  name: '常山县政务信息工作考核办法',
  source: '常政办发〔2014〕97号',
  description:
    '县级办法。月度基础分：完成当月最低报送数的计 10 分（每月最多 10 分，全年最多 120 分），未完成的当月计 0 分；乡镇最低报送数为每月 8 条要情或动态信息（每季度一篇长篇）。县级：《要情快报》5 分；《常山政务》10 分；《常山政务增刊》或《政务参阅》30 分。市级（经县政府办公室转报）：《衢州政务信息动态》20 分，作为单篇采用 50 分；《衢州政务工作交流》80 分。' +
    '决定：最低报送数是按分组设置的参数，默认每个分组每月 8 条。月度基础分按统计期内的每个自然月，统计写有该单位、报送日期在该月的不同信息编号数。同一信息的多次采用分值累加。市级采用分需要该信息有报送级别 市、报送途径“转报”的报送记录。《常山政务增刊》和《政务参阅》不论采用形式计 30 分。联合报送的信息分值由各报送单位平均分配。',
  parameters: { monthlyMinimum: { label: '每月最低报送条数', value: 8 } },
  quotas: [
    {
      id: 'monthly-base',
      label: '完成当月最低报送数',
      window: 'month',
      tiers: [{ min: { param: 'monthlyMinimum' }, points: 10 }],
      capPerWindow: 10,
      capPerYear: 120,
    },
  ],
  adoptions: {
    combine: 'sum',
    rules: [
      { id: 'county-yqkb', label: '《要情快报》采用', levels: ['县'], publications: ['要情快报'], points: 5 },
      { id: 'county-cszw', label: '《常山政务》采用', levels: ['县'], publications: ['常山政务'], points: 10 },
      {
        id: 'county-supplement',
        label: '《常山政务增刊》或《政务参阅》采用',
        levels: ['县'],
        publications: ['常山政务增刊', '政务参阅'],
        points: 30,
      },
      {
        id: 'city-dongtai-article',
        label: '《衢州政务信息动态》单篇采用（经县转报）',
        levels: ['市'],
        publications: ['衢州政务信息动态'],
        forms: ['单篇'],
        requireRoutes: [{ level: '市', kinds: ['转报'] }],
        points: 50,
      },
      {
        id: 'city-dongtai',
        label: '《衢州政务信息动态》采用（经县转报）',
        levels: ['市'],
        publications: ['衢州政务信息动态'],
        requireRoutes: [{ level: '市', kinds: ['转报'] }],
        points: 20,
      },
      {
        id: 'city-jiaoliu',
        label: '《衢州政务工作交流》采用（经县转报）',
        levels: ['市'],
        publications: ['衢州政务工作交流'],
        requireRoutes: [{ level: '市', kinds: ['转报'] }],
        points: 80,
      },
    ],
  },
  aggregation: { method: 'sum' },
};
