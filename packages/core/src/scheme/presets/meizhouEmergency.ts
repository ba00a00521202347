import type { Scheme } from '../schemeSchema.ts';

/** 梅州市突发公共事件信息报告情况通报考评督办暂行办法. */
export const meizhouEmergency: Scheme = {
  format: 'caibian-scheme',
  version: 1,
  id: 'meizhou-emergency',
  name: '梅州市突发公共事件信息报告情况通报考评督办暂行办法',
  description:
    '市级办法，按市政府办公室对每条突发事件信息的使用方式计分：专报 5 分，送阅 4 分，综合 2 分，备查 1 分，约稿 3 分。领导批示：国家领导加 5 分，省领导加 4 分，市领导加 3 分。附图片或音视频的加 1 分。迟报、轻报、谎报的，该条信息得分减半；瞒报、漏报的，每次从单位总分中扣 10 分。综合得分 = 总分 ÷ 计分信息条数。' +
    '决定：一条信息有多种使用方式的，按最高的计。每一级领导批示每条信息只加一次。瞒报、漏报扣分计入总分，但不计入信息条数。没有计分信息的单位没有平均分：得分为空（null），排在所有有得分的单位之后。计分信息指统计期内被市政府办公室使用（采用级别 市，采用形式 专报、送阅、综合、备查、约稿）的本单位信息；只有计分信息才能获得批示分和附件分，并计入除数。减半需要一条写明该信息编号的迟报、轻报或谎报扣分记录；减半针对该信息的全部得分（使用、批示和附件），只减一次，不论有几条这样的记录。联合报送的信息分值由各报送单位平均分配，每个单位各计一条计分信息。',
  adoptions: {
    combine: 'max',
    rules: [
      { id: 'use-special', label: '专报', levels: ['市'], forms: ['专报'], points: 5 },
      { id: 'use-read', label: '送阅', levels: ['市'], forms: ['送阅'], points: 4 },
      { id: 'use-combined', label: '综合', levels: ['市'], forms: ['综合'], points: 2 },
      { id: 'use-file', label: '备查', levels: ['市'], forms: ['备查'], points: 1 },
      { id: 'use-commissioned', label: '约稿', levels: ['市'], forms: ['约稿'], points: 3 },
    ],
  },
  instructions: {
    scoredOnly: true,
    rules: [
      { id: 'instr-national', label: '国家领导批示', ranks: ['国家'], points: 5 },
      { id: 'instr-prov', label: '省领导批示', ranks: ['省'], points: 4 },
      { id: 'instr-city', label: '市领导批示', ranks: ['市'], points: 3 },
    ],
  },
  attachments: { rules: [{ id: 'media', label: '附图片或音视频', kinds: ['图片', '音视频'], points: 1 }] },
  penalties: [
    {
      id: 'halve',
      label: '迟报、轻报、谎报：该条信息得分减半',
      type: 'itemPercent',
      kinds: ['迟报', '轻报', '谎报'],
      percent: 50,
    },
    { id: 'conceal', label: '瞒报、漏报：每次扣 10 分', type: 'fixed', kinds: ['瞒报', '漏报'], points: -10 },
  ],
  aggregation: {
    method: 'average',
    scoredItems: { rules: ['use-special', 'use-read', 'use-combined', 'use-file', 'use-commissioned'] },
  },
};
