import { type Commission, type CommissionStatus, commissionStatus, type IsoDate, type UnitId } from '@caibian/core';
import { Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { chineseDate, dueText, linkFulfilment, STATE_COLORS, unlinkFulfilment } from './commissionLogic.ts';
import { LinkItemModal } from './LinkItemModal.tsx';

/** One 约稿 with each asked unit's status on `today`, the item that answered it, and link/unlink actions. */
export function CommissionCard({
  commission,
  today,
  unitName,
  itemTitle,
  onSave,
  onRemove,
}: {
  commission: Commission;
  today: IsoDate;
  unitName: (id: UnitId) => string;
  itemTitle: (id: string) => string;
  onSave: (commission: Commission) => Promise<void>;
  onRemove: () => Promise<void>;
}) {
  const [linking, setLinking] = useState<UnitId | null>(null);
  const rows = [...new Set(commission.unitIds)]
    .map((u) => commissionStatus(commission, u, today))
    .filter((s): s is CommissionStatus => s !== null);
  return (
    <Card
      size="small"
      title={<Typography.Text strong>{commission.topic}</Typography.Text>}
      extra={
        <Space>
          <Typography.Text type="secondary">
            {commission.issued ? `${chineseDate(commission.issued)}下发，` : ''}截止{chineseDate(commission.due)}
          </Typography.Text>
          <Popconfirm title="删除这条约稿？" okText="删除" cancelText="取消" onConfirm={onRemove}>
            <Button type="link" danger size="small">
              删除
            </Button>
          </Popconfirm>
        </Space>
      }
    >
      <Table<CommissionStatus>
        size="small"
        pagination={false}
        rowKey="unitId"
        dataSource={rows}
        columns={[
          { title: '单位', dataIndex: 'unitId', render: (id: UnitId) => unitName(id) },
          {
            title: '状态',
            dataIndex: 'state',
            render: (state: CommissionStatus['state']) => <Tag color={STATE_COLORS[state]}>{state}</Tag>,
          },
          { title: '时限', key: 'due', render: (_, s) => dueText(s) },
          {
            title: '报送稿件',
            key: 'item',
            render: (_, s) => (s.fulfilled ? itemTitle(s.fulfilled.itemId) : '—'),
          },
          {
            title: '操作',
            key: 'actions',
            render: (_, s) =>
              s.fulfilled ? (
                <Button type="link" size="small" onClick={() => onSave(unlinkFulfilment(commission, s.unitId))}>
                  取消关联
                </Button>
              ) : (
                <Button type="link" size="small" onClick={() => setLinking(s.unitId)}>
                  关联稿件
                </Button>
              ),
          },
        ]}
      />
      {linking && (
        <LinkItemModal
          unitId={linking}
          unitName={unitName(linking)}
          today={today}
          onLink={(itemId, date) => onSave(linkFulfilment(commission, linking, itemId, date))}
          onClose={() => setLinking(null)}
        />
      )}
    </Card>
  );
}
