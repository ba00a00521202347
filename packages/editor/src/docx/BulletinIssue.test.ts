// @vitest-environment node
import { formatProblem } from '@caibian/core';
import { describe, expect, it } from 'vitest';
import { parseBulletinIssue } from './BulletinIssue.ts';

function issueJson(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '政务信息',
    number: '〔2024〕第12期',
    editor: '市人民政府办公室编',
    date: '2024-03-05',
    secrecy: null,
    items: [{ title: '我市新增市场主体1.2万户', body: '第一段。\n\n第二段。', unit: '市发展改革委' }],
    to: { 报: ['省政府办公厅'], 送: [], 发: ['各县区政府'] },
    copies: 50,
    ...extra,
  };
}

function messages(input: unknown): string[] {
  const r = parseBulletinIssue(input);
  return r.ok ? [] : r.problems.map(formatProblem);
}

describe('parseBulletinIssue', () => {
  it('reads the issue.json of formats.md', () => {
    const r = parseBulletinIssue(JSON.stringify(issueJson()));
    expect(r).toEqual({
      ok: true,
      value: {
        name: '政务信息',
        number: '〔2024〕第12期',
        editor: '市人民政府办公室编',
        date: '2024-03-05',
        secrecy: null,
        items: [{ title: '我市新增市场主体1.2万户', body: '第一段。\n\n第二段。', unit: '市发展改革委' }],
        to: { 报: ['省政府办公厅'], 送: [], 发: ['各县区政府'] },
        copies: 50,
      },
    });
  });

  it('accepts the date forms offices write, a 密级, a missing unit, missing kinds of recipient and a BOM', () => {
    const r = parseBulletinIssue(
      `\uFEFF${JSON.stringify(issueJson({ date: '2024年3月5日', secrecy: '秘密', items: [{ title: 'T', body: 'B' }], to: {} }))}`,
    );
    expect(r.ok && r.value).toMatchObject({
      date: '2024-03-05',
      secrecy: '秘密',
      items: [{ title: 'T', body: 'B', unit: null }],
      to: { 报: [], 送: [], 发: [] },
    });
  });

  it('names every wrong place by its JSON path, in Chinese, all at once', () => {
    const bad = issueJson({
      name: '',
      date: '2024-02-30',
      items: [
        { title: 'T', body: 'B' },
        { title: '  ', body: 3, unit: 7 },
      ],
      to: { 报: ['省政府办公厅', ''], 抄送: ['市委'] },
      copies: 0,
    });
    expect(messages(bad)).toEqual([
      '$.name：刊名（name）不能为空。',
      '$.date：日期“2024-02-30”无效，应如 2024-03-05 或 2024年3月5日。',
      '$.items[1].title：标题不能为空。',
      '$.items[1].body：正文应为文本。',
      '$.items[1].unit：报送单位应为文本或 null。',
      '$.to.报[1]：分送单位不能为空。',
      '$.to.抄送：未知的分送类别“抄送”，应为“报”“送”或“发”。',
      '$.copies：印数应为正整数。',
    ]);
  });

  it('says what is missing', () => {
    expect(messages({})).toEqual([
      '$.name：缺少刊名（name）。',
      '$.number：缺少期号（number）。',
      '$.editor：缺少编发单位（editor）。',
      '$.date：缺少日期（date）。',
      '$.items：信息列表（items）应为数组。',
      '$.to：缺少分送范围（to）。',
      '$.copies：缺少印数（copies）。',
    ]);
    expect(messages(issueJson({ items: [] }))).toEqual(['$.items：一期至少要有一条信息。']);
  });

  it('reports text that is not JSON, and JSON that is not an object', () => {
    expect(messages('{\n  "name": 政务信息\n}')).toEqual(['不是有效的 JSON：第2行第11列附近有误。']);
    expect(messages('{"name": "政务信息"')).toEqual(['不是有效的 JSON：内容不完整。']);
    expect(messages('[1, 2]')).toEqual(['$：期刊内容应为对象。']);
  });
});
