import { type IsoDate, type Item, itemId, unitId } from '@caibian/core';
import { describe, expect, it } from 'vitest';
import type { ItemRow } from '../../data/rows.ts';
import { bulletinDocx, itemBodyText } from './bulletinDocuments.ts';
import {
  cleanBulletinName,
  docxFileName,
  issueMeta,
  issueNumberText,
  moveItem,
  secrecyWarnings,
  splitRecipients,
  toBulletinIssue,
} from './bulletinLogic.ts';

const today = '2024-03-05' as IsoDate;

function itemRow(id: string, over: Partial<Item> = {}): ItemRow {
  const item: Item = {
    id: itemId(id),
    title: '宣汉县多措并举优化营商环境',
    body: '一、基本情况\n\n今年以来，全县新增市场主体1200户。',
    units: [{ unitId: unitId('xuanhan') }],
    secrecy: '无',
    attachments: [],
    tags: [],
    ...over,
  };
  return {
    id: item.id,
    item,
    status: '已签发',
    comments: [],
    revision: 1,
    updatedAt: '2024-03-01T00:00:00.000Z',
    unitIds: item.units.map((u) => u.unitId),
    category: '',
    date: '2024-03-01',
  };
}

it('prints the 期号 per year and names the Word file after it', () => {
  expect(issueNumberText(2024, 12)).toBe('〔2024〕第12期');
  expect(docxFileName({ name: '通讯', year: 2024, number: 1 })).toBe('通讯〔2024〕第1期.docx');
  expect(docxFileName({ name: 'A/B', year: 2024, number: 2 })).toBe('A_B〔2024〕第2期.docx');
});

it('cleans a new bulletin name and refuses blanks and repeats', () => {
  expect(cleanBulletinName(' 《每日要情》 ', ['通讯'])).toBe('每日要情');
  expect(cleanBulletinName('《通讯》', ['通讯'])).toBeNull();
  expect(cleanBulletinName('  ', [])).toBeNull();
});

it('splits recipients typed with 顿号, commas or spaces', () => {
  expect(splitRecipients('市政府办公室、市委办公室，县委办 县人大办;')).toEqual([
    '市政府办公室',
    '市委办公室',
    '县委办',
    '县人大办',
  ]);
});

it('moves an item up or down, staying within the list', () => {
  expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
  expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  expect(moveItem(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c']);
});

describe('issueMeta', () => {
  it('starts from the last used editing unit and recipients, dated today', () => {
    const meta = issueMeta(null, { editor: '县政府办', to: { 报: ['市政府办'] }, copies: 50 }, today);
    expect(meta).toEqual({
      editor: '县政府办',
      date: today,
      secrecy: '无',
      to: { 报: ['市政府办'], 送: [], 发: [] },
      copies: 50,
    });
  });

  it('keeps what was stored for the issue over the defaults', () => {
    const stored = { editor: '县委办', date: '2024-02-01', secrecy: '内部资料', to: { 发: ['各乡镇'] }, copies: 20 };
    const meta = issueMeta(stored, { editor: '县政府办', to: { 报: ['市政府办'] } }, today);
    expect(meta.editor).toBe('县委办');
    expect(meta.to).toEqual({ 报: ['市政府办'], 送: [], 发: ['各乡镇'] });
    expect(meta.date).toBe('2024-02-01');
  });
});

describe('secrecyWarnings', () => {
  const meta = issueMeta(null, null, today);
  it('warns on items marked secret and on 内部资料 in a title or body', () => {
    const rows = [
      itemRow('A1', { secrecy: '机密', title: '某项目推进情况' }),
      itemRow('A2', { body: '本材料为内部资料，注意保管。' }),
      itemRow('A3'),
    ];
    expect(secrecyWarnings(rows, itemBodyText, meta)).toEqual([
      '《某项目推进情况》标为“机密”',
      '《宣汉县多措并举优化营商环境》含“内部资料”字样',
    ]);
  });

  it('warns when the issue itself is marked, and stays quiet otherwise', () => {
    expect(secrecyWarnings([itemRow('A3')], itemBodyText, meta)).toEqual([]);
    expect(secrecyWarnings([], itemBodyText, { ...meta, secrecy: '秘密' })).toEqual(['本期标注密级“秘密”']);
  });
});

it('builds the editor package issue and a Word file that is a zip', async () => {
  const row = { name: '通讯', year: 2024, number: 3 };
  const meta = {
    ...issueMeta(null, null, today),
    editor: '宣汉县人民政府办公室',
    to: { 报: ['市政府办'], 送: [], 发: [] },
  };
  const issue = toBulletinIssue(row, meta, [{ title: 'T', body: 'B', unit: '宣汉县' }]);
  expect(issue).toMatchObject({ name: '通讯', number: '〔2024〕第3期', secrecy: null, copies: 30, date: today });
  const bulletin = { ...row, id: '通讯/2024/3', itemIds: [], status: '编辑中' as const, createdAt: '' };
  const { blob, fileName } = await bulletinDocx(bulletin, meta, [itemRow('A1')], (id) =>
    id === 'xuanhan' ? '宣汉县' : id,
  );
  expect(fileName).toBe('通讯〔2024〕第3期.docx');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
});
