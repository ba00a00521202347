import type { Scheme } from '../schemeSchema.ts';

/** 广东省安全生产监督管理局 政务信息工作制度, 第十五条. */
export const guangdongAjj: Scheme = {
  format: 'caibian-scheme',
  version: 1,
  id: 'guangdong-ajj',
  name: '广东省安全生产监督管理局政务信息工作制度（第十五条）',
  description:
    '省级部门办法：向省局报送为报送级别“省”，省局《广东安监简报》采用记为采用级别“省”。两办综刊采用 40 分；省委或省政府办公厅采用 30 分；专报直送省领导 20 分；《广东安监简报》采用 10 分。省委、省政府领导批示加 10 分，局领导批示加 5 分。报送符合要求但未被采用的每条 5 分。信息失实造成严重后果的每条扣 30 分，并取消年度评先资格；约稿未报送的每次扣 10 分。一条信息被多个刊物采用的，按最高分值统计。评奖按总分排序，分数相同的，被省两办或国家局采用多的单位在前。' +
    '决定：批示加分在最高分值之外另加。采用的认定：刊物为“两办综刊”计 40 分；《广东安监简报》计 10 分；其他省级采用、采用形式为“专报”的计 20 分；其他省级采用计 30 分（两办）；国家级及以下各级计 0 分。“未被采用”指该信息在登记簿中没有任何采用记录，此时若有日期在统计期内的省级报送记录，计 5 分，只计一次。局领导批示指领导类别“本单位领导”。并列时比较本期内该单位计 40 分或 30 分的采用条数加国家级采用条数。联合报送的信息分值由各报送单位平均分配。',
  adoptions: {
    combine: 'max',
    rules: [
      { id: 'lbzk', label: '两办综刊采用', publications: ['两办综刊'], points: 40 },
      { id: 'gdajjb', label: '《广东安监简报》采用', publications: ['广东安监简报'], points: 10 },
      { id: 'prov-special', label: '专报直送省领导', levels: ['省'], forms: ['专报'], points: 20 },
      { id: 'prov-office', label: '省委或省政府办公厅采用', levels: ['省'], points: 30 },
      { id: 'national', label: '国家级采用（不计分，计入并列比较）', levels: ['国家'], points: 0 },
    ],
  },
  unadopted: [{ id: 'unadopted-prov', label: '报送符合要求但未被采用', levels: ['省'], points: 5 }],
  instructions: {
    rules: [
      { id: 'instr-bureau', label: '局领导批示', leaderCategories: ['本单位领导'], points: 5 },
      { id: 'instr-prov', label: '省委、省政府领导批示', ranks: ['省'], points: 10 },
    ],
  },
  penalties: [
    {
      id: 'false-info',
      label: '信息失实造成严重后果（取消年度评先资格）',
      type: 'fixed',
      kinds: ['失实'],
      points: -30,
      disqualify: true,
    },
    { id: 'commission-missing', label: '约稿未报送', type: 'fixed', kinds: ['约稿未报'], points: -10 },
  ],
  aggregation: { method: 'sum' },
  tieBreaks: [
    {
      id: 'tie-high-adoptions',
      label: '被省两办或国家局采用条数',
      type: 'adoptionCount',
      rules: ['lbzk', 'prov-office', 'national'],
    },
  ],
};
