import { checkReferences, getPreset, RecordSetSchema, score } from '@caibian/core';
import { describe, expect, it } from 'vitest';
import { bodyLength } from '../demoTexts.ts';
import { DEMO_TAG, generateDemo } from '../generateDemo.ts';

const TODAY = '2026-11-26';

describe('generateDemo', () => {
  const demo = generateDemo({ today: TODAY });
  const { records } = demo;

  it('is deterministic: the same seed and day give the same data, another seed other data', () => {
    expect(generateDemo({ today: TODAY })).toEqual(demo);
    expect(generateDemo({ today: TODAY, seed: 7 }).records.items[0]?.title).not.toBe(records.items[0]?.title);
  });

  it('is a valid record set whose every reference resolves', () => {
    expect(RecordSetSchema.safeParse(records).success).toBe(true);
    expect(checkReferences(records)).toEqual([]);
  });

  it('is a county of 12 units in two groups with one reporting point rolling into its town', () => {
    expect(records.units).toHaveLength(12);
    expect(new Set(records.units.flatMap((u) => (u.group ? [u.group] : [])))).toEqual(new Set(['部门组', '乡镇组']));
    const points = records.units.filter((u) => u.parentId);
    expect(points.map((u) => [u.name, u.parentId])).toEqual([['石桥镇工业园区信息直报点', '石桥镇']]);
  });

  it('covers two years of marked items with bodies of 200 to 600 characters', () => {
    const days = records.items.map((i) => i.drafted ?? '').sort();
    expect(days[0]?.startsWith('2024-12') || days[0]?.startsWith('2025-01')).toBe(true);
    expect((days.at(-1) ?? '') <= TODAY).toBe(true);
    expect(records.items.length).toBeGreaterThan(180);
    for (const item of records.items) {
      expect(item.tags).toContain(DEMO_TAG);
      expect(bodyLength(item.body ?? '')).toBeGreaterThanOrEqual(200);
      expect(bodyLength(item.body ?? '')).toBeLessThanOrEqual(600);
      expect(item.title).not.toMatch(/[。！？；，]$/);
    }
  });

  it('routes to 县, 市 and 省 (直报 and 转报) with adoptions, instructions, penalties, commissions and urgent events', () => {
    expect(new Set(records.routes.map((r) => `${r.level}${r.kind}`))).toEqual(
      new Set(['县直报', '市转报', '市直报', '省转报']),
    );
    expect(new Set(records.adoptions.map((a) => a.level))).toEqual(new Set(['县', '市', '省']));
    expect(records.instructions.length).toBeGreaterThan(5);
    expect(records.penalties.length).toBeGreaterThanOrEqual(2);
    expect(records.commissions.length).toBeGreaterThanOrEqual(3);
    expect(records.urgentEvents.length).toBe(4);
    expect(demo.workflow.map((s) => s.action)).toEqual(['送审', '送审', '送审', '退改', '送审', '签发']);
  });

  it('scores every group under county-office and lianyungang for last year', () => {
    const period = { from: '2025-01-01', to: '2025-12-31' } as never;
    for (const id of ['county-office', 'lianyungang'] as const) {
      const result = score(getPreset(id), records, { period });
      const scored = result.units.filter((u) => u.score !== null && u.score > 0);
      expect(scored.length, id).toBeGreaterThanOrEqual(8);
    }
  });
});
