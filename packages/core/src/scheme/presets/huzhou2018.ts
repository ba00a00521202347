import type { Scheme } from '../schemeSchema.ts';

/** 湖州市全市政务信息工作考核评比办法 (湖政办函〔2018〕9号). */
export const huzhou2018: Scheme = {
  format: 'caibian-scheme',
  version: 1,
  id: 'huzhou-2018',
  name: '湖州市全市政务信息工作考核评比办法',
  source: '湖政办函〔2018〕9号',
  description:
    '市级办法。市级：《湖州政务（每日要情）》每条 3 分，有领导批示加 10 分；《专报信息》10 分，有批示加 20 分；《湖州政务特刊》20 分。同级领导多次批示同一信息的，只加一次分。企业直报点的得分计入所在县区（其上级单位）。报送省政府办公厅：要情每条 3 分，专报或约稿每条 10 分。省《每日要情》采用 10 分；《专报信息》或《专报国办信息》采用再加 30 分；省领导批示加 50 分。' +
    '决定：省级《专报信息》或《专报国办信息》采用单独计 30 分，与同一信息的《每日要情》采用的 10 分相加。报省的信息，信息类别为“约稿”的计 10 分，否则计 3 分。市领导批示加分按批示的所在刊物判断（《湖州政务（每日要情）》加 10 分，《专报信息》加 20 分）；“同级多次批示只加一次”同样适用于省领导批示。联合报送的信息分值由各报送单位平均分配。',
  adoptions: {
    combine: 'sum',
    rules: [
      {
        id: 'city-mryq',
        label: '《湖州政务（每日要情）》采用',
        levels: ['市'],
        publications: ['湖州政务(每日要情)'],
        points: 3,
      },
      { id: 'city-zbxx', label: '市《专报信息》采用', levels: ['市'], publications: ['专报信息'], points: 10 },
      { id: 'city-tekan', label: '《湖州政务特刊》采用', levels: ['市'], publications: ['湖州政务特刊'], points: 20 },
      { id: 'prov-mryq', label: '省《每日要情》采用', levels: ['省'], publications: ['每日要情'], points: 10 },
      {
        id: 'prov-zbxx',
        label: '省《专报信息》或《专报国办信息》采用',
        levels: ['省'],
        publications: ['专报信息', '专报国办信息'],
        points: 30,
      },
    ],
  },
  routes: [
    {
      id: 'route-prov-commissioned',
      label: '报送省政府办公厅（约稿）',
      levels: ['省'],
      categories: ['约稿'],
      points: 10,
    },
    { id: 'route-prov', label: '报送省政府办公厅（要情）', levels: ['省'], points: 3 },
  ],
  instructions: {
    rules: [
      {
        id: 'instr-city-mryq',
        label: '市领导批示（《湖州政务（每日要情）》）',
        ranks: ['市'],
        publications: ['湖州政务(每日要情)'],
        points: 10,
        series: 'city',
      },
      {
        id: 'instr-city-zbxx',
        label: '市领导批示（《专报信息》）',
        ranks: ['市'],
        publications: ['专报信息'],
        points: 20,
        series: 'city',
      },
      { id: 'instr-prov', label: '省领导批示', ranks: ['省'], points: 50 },
    ],
  },
  aggregation: { method: 'sum' },
};
