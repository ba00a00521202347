import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../errors/problem.ts';
import { normalizePublication } from './normalizePublication.ts';
import { parseScheme } from './parseScheme.ts';
import { getPreset, PRESETS } from './presets/index.ts';
import { schemeJsonSchema } from './schemeJsonSchema.ts';

const PRESET_IDS = [
  'lianyungang',
  'luan-2013',
  'guangdong-ajj',
  'meizhou-emergency',
  'county-office',
  'quzhou',
  'liangyi',
  'changshan-2014',
  'huzhou-2018',
];

describe('presets', () => {
  it('ships the nine methods under their ids', () => {
    expect(PRESETS.map((p) => p.id)).toEqual(PRESET_IDS);
    expect(getPreset('quzhou')?.parameters?.provinceBase?.value).toBe(10);
    expect(getPreset('no-such-method')).toBeUndefined();
  });

  it.each(PRESET_IDS)('%s survives JSON.stringify → parseScheme unchanged', (id) => {
    const preset = getPreset(id);
    const parsed = parseScheme(JSON.parse(JSON.stringify(preset)));
    expect(parsed).toEqual({ ok: true, value: preset });
  });

  it.each(PRESET_IDS)('%s states its decisions in its Chinese description', (id) => {
    expect(getPreset(id)?.description).toContain('决定：');
  });
});

describe('parseScheme', () => {
  const lianyungang = JSON.parse(JSON.stringify(getPreset('lianyungang')));

  it('returns every problem with its JSON path and a Chinese message', () => {
    const broken = structuredClone(lianyungang);
    broken.adoptions.rules[2].points = '二十';
    broken.adoptions.rules[3].levels = ['地级市'];
    broken.routes[0].id = broken.routes[1].id;
    broken.instructions.rules[0].pointz = 10;
    const result = parseScheme(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path?.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['adoptions.rules.2.points', 'adoptions.rules.3.levels.0', 'instructions.rules.0']),
    );
    for (const p of result.problems) expect(p.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('checks references between clauses once the shapes are right', () => {
    const broken = structuredClone(lianyungang);
    broken.routes[0].id = broken.routes[1].id;
    broken.adoptions.rules[0].points = { param: 'undeclared' };
    broken.tieBreaks = [{ id: 'tie', label: '并列', type: 'adoptionCount', rules: ['no-such-rule'] }];
    broken.effective = { from: '2025-01-01', to: '2024-01-01' };
    const result = parseScheme(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, formatProblem(p).split('：')[0]])).toEqual(
      expect.arrayContaining([
        ['duplicate_id', '$.routes[1].id'],
        ['unknown_parameter', '$.adoptions.rules[0].points'],
        ['unknown_rule', '$.tieBreaks[0].rules[0]'],
        ['invalid_range', '$.effective.to'],
      ]),
    );
  });

  it('refuses an unknown version or format with a located problem', () => {
    expect(parseScheme({ ...lianyungang, version: 2 })).toMatchObject({
      ok: false,
      problems: [{ code: 'unsupported_version', path: ['version'] }],
    });
    expect(parseScheme({ ...lianyungang, format: 'other' })).toMatchObject({
      ok: false,
      problems: [{ path: ['format'] }],
    });
    expect(parseScheme(null)).toMatchObject({ ok: false, problems: [{ path: [] }] });
  });

  it('accepts a tenth method written as data only', () => {
    const tenth = {
      format: 'caibian-scheme',
      version: 1,
      id: 'my-office-2025',
      name: '某市政务信息考核办法',
      description: '《要情》每条 4 分；省级采用 12 分。',
      effective: { from: '2025-01-01' },
      adoptions: {
        rules: [
          { id: 'city', label: '《要情》采用', levels: ['市'], publications: ['要情'], points: 4 },
          { id: 'prov', label: '省级采用', levels: ['省'], points: 12 },
        ],
      },
    };
    expect(parseScheme(tenth).ok).toBe(true);
  });

  it('never throws on random JSON, and every problem is located', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = parseScheme(value);
        expect(result.ok).toBe(false);
        if (!result.ok) for (const p of result.problems) expect(Array.isArray(p.path)).toBe(true);
      }),
      { verbose: true },
    );
  });

  it('never throws on a preset with one value replaced at random', () => {
    const paths = leafPaths(lianyungang);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const broken = structuredClone(lianyungang);
        setAt(broken, path, value);
        const result = parseScheme(broken);
        if (!result.ok) for (const p of result.problems) expect(typeof p.message).toBe('string');
      }),
      { verbose: true },
    );
  });
});

describe('schemeJsonSchema', () => {
  it('describes the format for other editors', () => {
    const schema = schemeJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'id', 'name', 'description']));
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['adoptions', 'penalties', 'quotas']));
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});

describe('normalizePublication', () => {
  it('treats 《政务快讯（专报）》 and 政务快讯(专报) as one publication', () => {
    expect(normalizePublication('《政务快讯（专报）》')).toBe(normalizePublication('政务快讯(专报)'));
    expect(normalizePublication(' 《湖州政务 （每日要情）》')).toBe('湖州政务(每日要情)');
  });
});

type Json = Record<string, unknown> | unknown[];

function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [path, ...entries.flatMap(([k, v]) => leafPaths(v, [...path, k]))];
}

function setAt(root: Json, path: readonly (string | number)[], value: unknown): void {
  if (path.length === 0) return;
  let at: Json = root;
  for (const key of path.slice(0, -1)) at = (at as Record<string | number, unknown>)[key] as Json;
  (at as Record<string | number, unknown>)[path[path.length - 1] as string | number] = value;
}
