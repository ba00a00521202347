import type { WorkbookRead } from '@caibian/core';
import type { ParsePhase } from './parseWorkbook.ts';

/** Progress shown for each parse phase (a file gives no finer progress while ExcelJS reads it). */
export const PHASE_PERCENT: Record<ParsePhase, number> = { reading: 10, parsing: 40, checking: 80 };
/** What the progress bar says in each phase. */
export const PHASE_LABEL: Record<ParsePhase, string> = {
  reading: '读取文件…',
  parsing: '解析工作簿…',
  checking: '检查记录…',
};

/** The counts an import preview shows, as description items. */
export interface ImportCounts {
  items: { key: string; label: string; children: number }[];
  total: number;
}

/** How many records of each kind a read workbook holds. */
export function importCounts(read: WorkbookRead): ImportCounts {
  const r = read.records;
  const items = [
    { key: 'units', label: '单位', children: r.units.length },
    { key: 'items', label: '稿件', children: r.items.length },
    { key: 'routes', label: '报送', children: r.routes.length },
    { key: 'adoptions', label: '采用', children: r.adoptions.length },
    { key: 'instructions', label: '批示', children: r.instructions.length },
    { key: 'penalties', label: '扣分', children: r.penalties.length },
  ];
  return { items, total: items.reduce((n, i) => n + i.children, 0) };
}
