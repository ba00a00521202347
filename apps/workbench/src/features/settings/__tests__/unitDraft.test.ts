import { type Unit, unitId } from '@caibian/core';
import { describe, expect, it } from 'vitest';
import { backupFileName, formatBytes } from '../download.ts';
import { draftOf, unitFromDraft } from '../unitDraft.ts';

const units: Unit[] = [
  { id: unitId('石桥镇'), name: '石桥镇', group: '乡镇组' },
  { id: unitId('石桥镇工业园区'), name: '石桥镇工业园区', parentId: unitId('石桥镇') },
];

describe('unitFromDraft', () => {
  it('adds a unit named as in the records workbook, with group and parent', () => {
    const made = unitFromDraft({ name: ' 柳溪镇 ', group: '乡镇组', parentId: '', class: '' }, units);
    expect(made).toEqual({ ok: true, unit: { id: '柳溪镇', name: '柳溪镇', group: '乡镇组' } });
  });

  it('refuses an empty, duplicate or separator-holding name, and a parent loop', () => {
    const errors = (draft: Partial<ReturnType<typeof draftOf>>, editing?: Unit) => {
      const r = unitFromDraft({ ...draftOf(), ...draft }, units, editing);
      return r.ok ? {} : r.errors;
    };
    expect(errors({ name: '' }).name).toBe('请填写单位名称');
    expect(errors({ name: '石桥镇' }).name).toBe('已有名为“石桥镇”的单位');
    expect(errors({ name: '甲、乙' }).name).toContain('分隔符');
    expect(errors({ name: '石桥镇', parentId: '石桥镇工业园区' }, units[0]).parentId).toBe(
      '上级单位不能是本单位或其下级单位',
    );
    expect(errors({ name: '丙', parentId: '不存在' }).parentId).toBe('上级单位不存在');
  });

  it('keeps the id and other fields of an edited unit and clears emptied fields', () => {
    const edited = unitFromDraft({ ...draftOf(units[0]), name: '石桥镇人民政府', group: '' }, units, units[0]);
    expect(edited).toEqual({ ok: true, unit: { id: '石桥镇', name: '石桥镇人民政府' } });
  });
});

describe('file names and sizes', () => {
  it('names a backup by its local day', () => {
    expect(backupFileName(new Date(2024, 2, 5, 23, 59))).toBe('采编台备份-20240305.json');
  });
  it('shows bytes for a person', () => {
    expect([formatBytes(512), formatBytes(3_565_158), formatBytes(1.5 * 1024 ** 3)]).toEqual([
      '512 B',
      '3.4 MB',
      '1.5 GB',
    ]);
  });
});
