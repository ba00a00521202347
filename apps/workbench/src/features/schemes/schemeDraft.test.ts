import { getPreset } from '@caibian/core';
import { describe, expect, it } from 'vitest';
import { lineOf, locateJson } from './locateJson.ts';
import { checkDraft, copyScheme, formToDocument, problemLine } from './schemeDraft.ts';

describe('scheme drafts', () => {
  it('drops what a form leaves empty but keeps rule lists', () => {
    expect(
      formToDocument({ id: ' a ', effective: { from: '', to: undefined }, adoptions: { rules: [] }, routes: [] }),
    ).toEqual({ id: 'a', adoptions: { rules: [] } });
    expect(formToDocument({ rules: [{ id: 'x', levels: [], points: null }] })).toEqual({ rules: [{ id: 'x' }] });
  });

  it('a preset round-trips through the form unchanged and validates', () => {
    const preset = getPreset('guangdong-ajj');
    expect(formToDocument(structuredClone(preset))).toEqual(preset);
    expect(checkDraft(formToDocument(preset)).problems).toEqual([]);
  });

  it('reports a cleared points field in Chinese at its JSON path', () => {
    const doc = structuredClone(getPreset('lianyungang')) as { adoptions: { rules: { points?: number }[] } };
    delete doc.adoptions.rules[0]?.points;
    const { problems } = checkDraft(doc);
    expect(problems[0]?.path).toEqual(['adoptions', 'rules', 0, 'points']);
    expect(problemLine(problems[0] as never)).toMatch(/^\$\.adoptions\.rules\[0\]\.points：.*[\u4e00-\u9fff]/);
  });

  it('reports reversed effective dates', () => {
    const doc = { ...getPreset('lianyungang'), effective: { from: '2024-12-01', to: '2024-01-01' } };
    expect(checkDraft(doc).problems.map((p) => p.message)).toContain('生效日期的起始日期晚于截止日期');
  });

  it('copies a preset under a new id and name', () => {
    const copy = copyScheme(getPreset('quzhou'), ['quzhou-office']);
    expect(copy.id).toBe('quzhou-office-2');
    expect(copy.name).toBe(`${getPreset('quzhou').name}（本办）`);
    expect(checkDraft(copy).problems).toEqual([]);
  });

  it('locates problems on the lines of a JSON text', () => {
    const text = JSON.stringify({ id: 'a', adoptions: { rules: [{ id: 'r', points: 'x' }] } }, null, 2);
    const lines = locateJson(text);
    expect(lines.get('id')).toBe(2);
    expect(lineOf(lines, ['adoptions', 'rules', 0, 'points'])).toBe(
      text.split('\n').findIndex((l) => l.includes('"points"')) + 1,
    );
    expect(lineOf(lines, ['adoptions', 'rules', 0, 'missing'])).toBe(5);
    expect(locateJson('{ broken').size).toBe(0);
  });
});
