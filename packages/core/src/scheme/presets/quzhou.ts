import type { Scheme } from '../schemeSchema.ts';

/** 衢州市政务信息工作考核办法. */
export const quzhou: Scheme = {
  format: 'caibian-scheme',
  version: 1,
  id: 'quzhou',
  name: '衢州市政务信息工作考核办法',
  description:
    '市级办法。市级：《衢州政务》信息版或专刊每条 2 分；专报 3 分；增刊 10 分；送阅件 2 分；市委、市政府领导在市级刊物上批示加 10 分。省级：单位直报省政府办公厅的信息按省办办法计分；经市政府办公室转报的计两倍。国办：经市政府办公室转报、被国办采用的信息按国办办法计分的五倍。联合报送的信息分值平均分配，不重复计分。县（市、区）和市级部门分组考核。' +
    '决定：省级和国家级的基础分值是本办法的参数（属于上级办公厅的办法），默认省级每次采用 10 分，国办每次采用 50 分，用户可修改。市级按采用形式计分：专报 3 分，增刊 10 分，送阅 2 分，其他形式按《衢州政务》计 2 分。信息有报送级别 省、报送途径“转报”的报送记录时，省级采用分乘 2；有国家级“转报”记录时，国家级采用分乘 5；否则乘 1。市领导批示每条信息加 10 分，只加一次，联合报送的信息同样平均分配。',
  parameters: {
    provinceBase: { label: '省级采用基础分（省办办法）', value: 10 },
    nationalBase: { label: '国办采用基础分（国办办法）', value: 50 },
  },
  groups: [{ name: '县区组' }, { name: '部门组' }],
  adoptions: {
    combine: 'sum',
    rules: [
      { id: 'city-special', label: '市级专报', levels: ['市'], forms: ['专报'], points: 3 },
      { id: 'city-supplement', label: '市级增刊', levels: ['市'], forms: ['增刊'], points: 10 },
      { id: 'city-read', label: '市级送阅件', levels: ['市'], forms: ['送阅'], points: 2 },
      { id: 'city-qzzw', label: '《衢州政务》信息版或专刊', levels: ['市'], points: 2 },
      { id: 'prov', label: '省政府办公厅采用', levels: ['省'], points: { param: 'provinceBase' } },
      { id: 'national', label: '国办采用', levels: ['国家'], points: { param: 'nationalBase' } },
    ],
    multipliers: [
      {
        id: 'prov-forwarded',
        label: '经市政府办公室转报省：两倍',
        levels: ['省'],
        requireRoutes: [{ level: '省', kinds: ['转报'] }],
        factor: 2,
      },
      {
        id: 'national-forwarded',
        label: '经市政府办公室转报国办：五倍',
        levels: ['国家'],
        requireRoutes: [{ level: '国家', kinds: ['转报'] }],
        factor: 5,
      },
    ],
  },
  instructions: { rules: [{ id: 'instr-city', label: '市委、市政府领导批示', ranks: ['市'], points: 10 }] },
  aggregation: { method: 'sum' },
};
