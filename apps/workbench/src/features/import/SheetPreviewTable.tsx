import type { CellValue } from '@caibian/core';
import { Collapse, Table, Typography } from 'antd';
import type { SheetPreview } from './parseWorkbook.ts';

const text = (value: CellValue | undefined) => (value === null || value === undefined ? '' : String(value));

/** The sheets of a file: how many rows each has, and its first rows as written (text only, never markup). */
export function SheetPreviewTable({ preview }: { preview: readonly SheetPreview[] }) {
  return (
    <Collapse
      size="small"
      items={preview.map((sheet) => {
        const [header = [], ...rows] = sheet.head;
        return {
          key: sheet.name,
          label: (
            <span>
              工作表“{sheet.name}”：{sheet.rows} 行
            </span>
          ),
          children: (
            <>
              <Table
                aria-label={`工作表${sheet.name}预览`}
                size="small"
                pagination={false}
                scroll={{ x: true }}
                rowKey="__row"
                dataSource={rows.map((row, r) => ({
                  __row: String(r),
                  ...Object.fromEntries(header.map((_, c) => [String(c), text(row[c])])),
                }))}
                columns={header.map((h, c) => ({ title: text(h), dataIndex: String(c), ellipsis: true }))}
              />
              {sheet.rows > rows.length && (
                <Typography.Text type="secondary">仅显示前 {rows.length} 行</Typography.Text>
              )}
            </>
          ),
        };
      })}
    />
  );
}
