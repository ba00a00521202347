import type { Problem } from '@caibian/core';
import { Table } from 'antd';
import { type ProblemRow, problemRows } from './problemRows.ts';

/** Every problem of a file in a table: 工作表, 行, 列 and what is wrong, so each bad cell can be found. */
export function ProblemsTable({ problems, label }: { problems: readonly Problem[]; label: string }) {
  return (
    <Table<ProblemRow>
      aria-label={label}
      size="small"
      rowKey="key"
      dataSource={problemRows(problems)}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      columns={[
        { title: '工作表', dataIndex: 'sheet', width: 90, render: (v?: string) => v ?? '—' },
        { title: '行', dataIndex: 'row', width: 70, render: (v?: number) => (v === undefined ? '—' : `第${v}行`) },
        { title: '列', dataIndex: 'column', width: 140, render: (v?: string) => v ?? '—' },
        {
          title: '问题',
          dataIndex: 'message',
          render: (v: string, row) => (row.file && !row.sheet ? `${row.file}：${v}` : v),
        },
      ]}
    />
  );
}
