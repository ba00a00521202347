import { displayWidth, padDisplay } from './displayWidth.ts';

/** A column of an aligned table: its header and how its cells align. */
export interface TableColumn {
  readonly header: string;
  readonly align?: 'left' | 'right';
}

/**
 * Lays out rows as an aligned plain-text table in which Chinese characters count two columns wide,
 * with a rule under the header.
 *
 * @example
 * alignedTable([{ header: '名次' }, { header: '单位' }], [['1', '宣汉县']]);
 */
export function alignedTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, i) =>
    Math.max(displayWidth(column.header), ...rows.map((row) => displayWidth(row[i] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    columns
      .map((column, i) => padDisplay(cells[i] ?? '', widths[i] ?? 0, column.align ?? 'left'))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(columns.map((c) => c.header)), rule, ...rows.map(line)].join('\n');
}
