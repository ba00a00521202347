import { parseDate } from '../../model/date.ts';
import { itemId } from '../../model/ids.ts';
import type { SearchDoc } from '../searchDoc.ts';

/** A search document with real-looking defaults. */
export function doc(id: string, title: string, unit: string, more: { body?: string; date?: string } = {}): SearchDoc {
  return {
    id: itemId(id),
    title,
    units: [unit],
    body: more.body,
    date: more.date ? (parseDate(more.date) ?? undefined) : undefined,
  };
}

/** A small office's items: ten units, overlapping topics. */
export function officeDocs(): SearchDoc[] {
  return [
    doc('A1', '宣汉县多措并举优化营商环境', '宣汉县政府办公室', {
      body: '今年以来，宣汉县持续优化营商环境，新增市场主体3210户，办理时限压缩42.5%。（宣汉县政府办公室）',
      date: '2024-03-05',
    }),
    doc('A2', '开江县扎实推进春耕备耕 落实种子860吨', '开江县政府办公室', {
      body: '开江县抢抓农时，落实种子860吨，投放农机1200台，开展技术指导45场次。',
      date: '2024-03-08',
    }),
    doc('A3', '达川区强化安全生产监管 排查隐患1326处', '达川区应急管理局', {
      body: '达川区开展安全生产专项整治，排查隐患1326处，整改率达98.6%。',
      date: '2024-03-10',
    }),
    doc('A4', '大竹县召开义务教育均衡发展推进会', '大竹县委办公室', {
      body: '大竹县召开推进会，新建校舍12所，招聘教师230名。',
      date: '2024-03-12',
    }),
    doc('A5', '渠县以“三抓三促”推动招商引资 签约项目28个', '渠县政府办', {
      body: '渠县签约项目28个，协议投资156亿元。',
      date: '2024-04-02',
    }),
    doc('A6', '万源市加强森林防火 组建扑火队伍36支', '万源市政府办公室', {
      body: '万源市组建扑火队伍36支，排查隐患210处。',
      date: '2024-04-03',
    }),
    doc('A7', '通川区优化营商环境 推行帮办代办服务', '通川区人民政府办公室', {
      body: '通川区推行帮办代办，服务企业560家。',
      date: '2024-04-05',
    }),
    doc('A8', '平昌县抓好春耕备耕工作', '平昌县政府办公室', {
      body: '平昌县落实种子420吨，投放农机800台。',
      date: '2024-03-09',
    }),
    doc('A9', '通江县生猪稳产保供 能繁母猪存栏5.2万头', '通江县农业农村局', {
      body: '通江县能繁母猪存栏5.2万头，出栏生猪36万头。',
      date: '2024-05-10',
    }),
    doc('A10', '南江县推进政务公开 解读政策86件', '南江县政府办公室', {
      body: '南江县公开信息1200条，解读政策86件。',
      date: '2024-05-20',
    }),
  ];
}
