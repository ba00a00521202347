import type { Scheme } from '../schemeSchema.ts';

/** 连云港市政务信息工作考核办法. */
export const lianyungang: Scheme = {
  format: 'caibian-scheme',
  version: 1,
  id: 'lianyungang',
  name: '连云港市政务信息工作考核办法',
  description:
    '市级办法：各单位向市报送（报送级别“市”），市级刊物采用为采用级别“市”。市级：《昨日情况》每条 3 分，以简讯采用 1 分；《政务建议》（调研文章）20 分；《专报信息》（动态）3 分；市领导批示每条加 5 分，刊于《政务建议》加 10 分。选用报省每条加 2 分；省级：《信息简报》10 分、《江苏信息摘编》10 分、《专报信息》20 分（调研文章 30 分）、《互联网信息摘编》5 分，省领导批示加 50 分。选报国办加 10 分，国办刊物采用 50 分，国务院领导批示加 100 分。一条信息被多个刊物采用的，分值累加。每月通报各单位条数、分值和累计分，年度按总分排名。' +
    '决定：联合报送的信息分值由各报送单位平均分配（原文未规定）。“选用报省”（+2）和“选报国办”（+10）为报送级别 省、国家且报送途径为“转报”的报送记录，直报不计分。“刊于《政务建议》加 10 分”以批示的所在刊物判断。国家级任何刊物采用计 50 分。调研文章指信息类别为“调研”的信息。同级领导批示每条信息只加一次分。',
  adoptions: {
    combine: 'sum',
    rules: [
      {
        id: 'city-zrqk-brief',
        label: '《昨日情况》以简讯采用',
        levels: ['市'],
        publications: ['昨日情况'],
        forms: ['简讯'],
        points: 1,
      },
      { id: 'city-zrqk', label: '《昨日情况》采用', levels: ['市'], publications: ['昨日情况'], points: 3 },
      {
        id: 'city-zwjy',
        label: '《政务建议》采用（调研文章）',
        levels: ['市'],
        publications: ['政务建议'],
        points: 20,
      },
      { id: 'city-zbxx', label: '市《专报信息》（动态）采用', levels: ['市'], publications: ['专报信息'], points: 3 },
      { id: 'prov-xxjb', label: '省《信息简报》采用', levels: ['省'], publications: ['信息简报'], points: 10 },
      { id: 'prov-jsxxzb', label: '《江苏信息摘编》采用', levels: ['省'], publications: ['江苏信息摘编'], points: 10 },
      {
        id: 'prov-zbxx-research',
        label: '省《专报信息》采用调研文章',
        levels: ['省'],
        publications: ['专报信息'],
        categories: ['调研'],
        points: 30,
      },
      { id: 'prov-zbxx', label: '省《专报信息》采用', levels: ['省'], publications: ['专报信息'], points: 20 },
      {
        id: 'prov-hlwxxzb',
        label: '《互联网信息摘编》采用',
        levels: ['省'],
        publications: ['互联网信息摘编'],
        points: 5,
      },
      { id: 'national', label: '国办刊物采用', levels: ['国家'], points: 50 },
    ],
  },
  routes: [
    { id: 'route-prov-forwarded', label: '选用报省', levels: ['省'], kinds: ['转报'], points: 2 },
    { id: 'route-national-forwarded', label: '选报国办', levels: ['国家'], kinds: ['转报'], points: 10 },
  ],
  instructions: {
    rules: [
      {
        id: 'instr-city-zwjy',
        label: '市领导批示（刊于《政务建议》）',
        ranks: ['市'],
        publications: ['政务建议'],
        points: 10,
        series: 'city',
      },
      { id: 'instr-city', label: '市领导批示', ranks: ['市'], points: 5, series: 'city' },
      { id: 'instr-prov', label: '省领导批示', ranks: ['省'], points: 50 },
      { id: 'instr-national', label: '国务院领导批示', ranks: ['国家'], points: 100 },
    ],
  },
  aggregation: { method: 'sum' },
};
