import { itemId, unitId } from '@caibian/core';
import { describe, expect, it } from 'vitest';
import { buildItem, itemProblems, metaOfItem, newItemMeta } from './itemMeta.ts';

const A1 = itemId('A1');

describe('buildItem', () => {
  it('joins the metadata with the editor title and body, trimming and leaving out empty fields', () => {
    const meta = { ...newItemMeta('海州区', '2024-03-05'), signer: '  ', contact: ' 张三 0518-1234567 ' };
    expect(buildItem(A1, meta, { title: ' 海州区推行一网通办 ', text: '正文' })).toEqual({
      id: A1,
      title: '海州区推行一网通办',
      body: '正文',
      units: [{ unitId: '海州区' }],
      category: '动态',
      secrecy: '无',
      disclosure: '公开',
      contact: '张三 0518-1234567',
      drafted: '2024-03-05',
      attachments: [],
      tags: [],
    });
  });

  it('keeps the shares of a joint item, its tags and the sign-off date from the stored item', () => {
    const base = {
      ...buildItem(A1, newItemMeta('甲', '2024-03-05'), { title: 't', text: '' }),
      units: [{ unitId: unitId('甲'), share: 0.6 }],
      tags: ['营商'],
      signed: '2024-03-06' as never,
    };
    const meta = { ...metaOfItem(base), unitIds: [unitId('甲'), unitId('乙'), unitId('甲')] };
    const item = buildItem(A1, meta, { title: 't', text: '' }, base);
    expect(item.units).toEqual([{ unitId: '甲', share: 0.6 }, { unitId: '乙' }]);
    expect(item.tags).toEqual(['营商']);
    expect(item.signed).toBe('2024-03-06');
  });
});

describe('itemProblems', () => {
  it('asks for a title and a unit, in Chinese', () => {
    const item = buildItem(A1, newItemMeta(undefined, '2024-03-05'), { title: ' ', text: '' });
    expect(itemProblems(item)).toEqual(['请填写标题', '请至少选择一个报送单位']);
  });

  it('accepts a titled item of one unit', () => {
    expect(itemProblems(buildItem(A1, newItemMeta('甲', '2024-03-05'), { title: '标题', text: '' }))).toEqual([]);
  });
});
