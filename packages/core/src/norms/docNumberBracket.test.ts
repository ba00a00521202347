import { describe, expect, it } from 'vitest';
import { checkDocNumberBracket } from './docNumberBracket.ts';

describe('doc-number-bracket', () => {
  it.each([
    ['根据《四川省人民政府关于印发…的通知》（川府发[2024]12号）', '[2024]'],
    ['按照国办发【2023】5号文件要求', '【2023】'],
    ['粤府函(2022)118号', '(2022)'],
    ['市政府办公室印发了《实施方案》（某府办发（2021）3号）', '（2021）'],
    ['依据川办发〔2024]7号', '〔2024]'],
    ['依据川办发［2024］第7号', '［2024］'],
  ])('flags %s', (text, found) => {
    const hits = checkDocNumberBracket(text);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.text).toBe(found);
    expect(hits[0]?.fix).toBe(`〔${found.slice(1, -1)}〕`);
  });

  it.each([
    '川府发〔2024〕12号',
    '国办发〔2023〕5号',
    '（2024）川01民初12号民事判决书',
    '《每日要情》〔2024〕第12期',
    '全年上报信息(2024)共200条',
    '数组a[2024]的值',
    '',
  ])('is quiet on %s', (text) => {
    expect(checkDocNumberBracket(text)).toEqual([]);
  });
});
