import { Alert, Drawer, Spin, Statistic, Table, type TableColumnsType } from 'antd';
import type { LedgerLine, LedgerView } from '../../workers/rankingTypes.ts';

/** Props of {@link LedgerDrawer}: the ledger shown, or loading / an error. */
export interface LedgerDrawerProps {
  readonly open: boolean;
  readonly ledger: LedgerView | null;
  readonly loading: boolean;
  readonly error: string | null;
  readonly onClose: () => void;
}

const columns: TableColumnsType<LedgerLine> = [
  { title: '日期', dataIndex: 'date', width: 104 },
  { title: '类别', dataIndex: 'kind', width: 64 },
  { title: '信息', dataIndex: 'title', ellipsis: true, render: (t: string, l) => t || l.itemId || '—' },
  { title: '记录', dataIndex: 'detail', ellipsis: true },
  { title: '适用条款', dataIndex: 'clause' },
  { title: '得分', dataIndex: 'points', width: 72, render: (p: number) => Math.round(p * 100) / 100 },
  {
    title: '说明',
    dataIndex: 'note',
    render: (note: string, l) => [l.sourceUnit && `来自${l.sourceUnit}`, note].filter(Boolean).join('；') || '—',
  },
];

/** Why a unit scored what it did: each record, the clause that applied and its points. */
export function LedgerDrawer({ open, ledger, loading, error, onClose }: LedgerDrawerProps) {
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size="large"
      width={960}
      title={ledger ? `${ledger.name} ${ledger.period.label}得分明细` : '得分明细'}
    >
      {error && <Alert type="error" showIcon message={error} />}
      <Spin spinning={loading}>
        {ledger && (
          <>
            <Statistic title="合计得分" value={Math.round(ledger.total * 100) / 100} />
            <Table<LedgerLine & { key: number }>
              aria-label="得分明细"
              size="small"
              columns={columns as TableColumnsType<LedgerLine & { key: number }>}
              dataSource={ledger.lines.map((l, key) => ({ ...l, key }))}
              pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 条记录` }}
              locale={{ emptyText: '本期没有计分记录' }}
            />
          </>
        )}
      </Spin>
    </Drawer>
  );
}
