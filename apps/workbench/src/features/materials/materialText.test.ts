import { describe, expect, it } from 'vitest';
import type { MaterialRow } from '../../data/rows.ts';
import { libraryOf, materialFields, materialText, visibleTags } from './materialText.ts';
import { searchMaterials } from './searchMaterials.ts';

let nextId = 1;
function material(over: Partial<MaterialRow> = {}): MaterialRow {
  const id = nextId++;
  return {
    id,
    kind: '数据',
    text: '一季度全县地区生产总值增长6.2%',
    tags: [],
    createdAt: '2024-03-05T08:00:00.000Z',
    updatedAt: '2024-03-05T08:00:00.000Z',
    ...over,
  };
}

describe('materialText', () => {
  it('gives a data point its source in brackets', () => {
    expect(materialText(material({ source: '县统计局' }))).toBe('一季度全县地区生产总值增长6.2%（来源：县统计局）');
    expect(materialText(material())).toBe('一季度全县地区生产总值增长6.2%');
  });

  it('quotes a speaker once, in Chinese quotation marks', () => {
    const quote = material({ kind: '言论', text: '要把群众的小事当作自己的大事', source: '县委书记张某' });
    expect(materialText(quote)).toBe('县委书记张某指出：“要把群众的小事当作自己的大事”');
    expect(materialText({ ...quote, text: '“抓落实”', source: undefined })).toBe('“抓落实”');
  });

  it('inserts focus topics and reference material as written, with their source', () => {
    const ref = material({ ...materialFields({ library: '资料', text: '营商环境十条', source: '县政府办' }) });
    expect(materialText(ref)).toBe('营商环境十条（县政府办）');
  });
});

describe('the four libraries', () => {
  it('stores a material under its library, with trimmed text and distinct tags', () => {
    const fields = materialFields({ library: '资料', text: '  要点  ', source: ' ', tags: ['营商', ' ', '营商'] });
    expect(fields).toEqual({ kind: '资料', text: '要点', tags: ['营商'] });
    const row = material(fields);
    expect(libraryOf(row)).toBe('资料');
    expect(visibleTags(row)).toEqual(['营商']);
    expect(materialFields({ library: '言论', text: '话' }).kind).toBe('言论');
  });
});

describe('searchMaterials', () => {
  const rows = [
    material({ text: '全县营商环境满意度达到92%', tags: ['营商环境'] }),
    material({ kind: '言论', text: '抓项目就是抓发展', source: '县长李某' }),
    material({ kind: '焦点', text: '春耕备耕', tags: ['农业'] }),
  ];
  const found = (q: string) => searchMaterials(rows, q).map((r) => r.text);

  it('finds by pinyin initials, full pinyin and words, in any case', () => {
    expect(found('yshj')).toEqual(['全县营商环境满意度达到92%']);
    expect(found('YingShang')).toEqual(['全县营商环境满意度达到92%']);
    expect(found('cgbg')).toEqual(['春耕备耕']);
    expect(found('李某')).toEqual(['抓项目就是抓发展']);
    expect(found('农业')).toEqual(['春耕备耕']);
  });

  it('needs every term and keeps everything for an empty query', () => {
    expect(found('zxm 县长')).toEqual(['抓项目就是抓发展']);
    expect(found('zxm 农业')).toEqual([]);
    expect(found('  ')).toHaveLength(3);
  });
});
