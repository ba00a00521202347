import { type Adoption, type Instruction, type ItemId, itemTracking, type RecipientTracking } from '@caibian/core';
import { Button, Space, Table, Tag, Typography } from 'antd';
import type { ItemRecords, StoredRecord } from '../../data/recordsRepository.ts';
import { STATUS_COLORS } from '../items/recipientTags.ts';

/** One recipient: its stored route (with the key to update it) and what came of it. */
export interface RecipientRow {
  readonly route: StoredRecord<'routes'>;
  readonly tracking: RecipientTracking;
}

/** Each stored route of an item with its tracking (core's itemTracking, one route at a time). */
export function recipientRows(itemId: ItemId, records: ItemRecords): RecipientRow[] {
  const adoptions = records.adoptions.map((s) => s.record);
  const instructions = records.instructions.map((s) => s.record);
  return records.routes.flatMap((route) => {
    const tracking = itemTracking({ routes: [route.record], adoptions, instructions }, itemId).recipients[0];
    return tracking ? [{ route, tracking }] : [];
  });
}

/** How a recipient is named in titles: office, else level. */
export const recipientName = (t: RecipientTracking) => `${t.office ?? `${t.level}级`}（${t.level}·${t.kind}）`;

const adoptionText = (a: Adoption) => [`《${a.publication}》`, a.issue, a.form, a.date].filter(Boolean).join(' ');
const instructionText = (i: Instruction) =>
  [i.leader ?? `${i.rank}领导`, `${i.rank}级`, i.category, i.date].filter(Boolean).join(' ');

/** Props of {@link RecipientsTable}. */
export interface RecipientsTableProps {
  readonly rows: readonly RecipientRow[];
  readonly onAdopt: (row: RecipientRow) => void;
  readonly onInstruct: (row: RecipientRow) => void;
  readonly onNotAdopted: (row: RecipientRow) => void;
}

/** The item's status with each recipient, with 采用 and 批示 recorded against each. */
export function RecipientsTable({ rows, onAdopt, onInstruct, onNotAdopted }: RecipientsTableProps) {
  return (
    <Table<RecipientRow>
      aria-label="报送对象"
      size="small"
      pagination={false}
      rowKey={(r) => r.route.key}
      dataSource={rows.slice()}
      locale={{ emptyText: '尚未报送' }}
      columns={[
        { title: '报送机关', key: 'office', render: (_, r) => r.tracking.office ?? '—' },
        { title: '级别', key: 'level', width: 60, render: (_, r) => r.tracking.level },
        { title: '途径', key: 'kind', width: 60, render: (_, r) => r.tracking.kind },
        { title: '报送日期', key: 'date', width: 110, render: (_, r) => r.tracking.date },
        {
          title: '状态',
          key: 'status',
          width: 80,
          render: (_, r) => <Tag color={STATUS_COLORS[r.tracking.status]}>{r.tracking.status}</Tag>,
        },
        {
          title: '采用',
          key: 'adoptions',
          render: (_, r) => <Lines lines={r.tracking.adoptions.map(adoptionText)} />,
        },
        {
          title: '批示',
          key: 'instructions',
          render: (_, r) => <Lines lines={r.tracking.instructions.map(instructionText)} />,
        },
        {
          title: '操作',
          key: 'actions',
          render: (_, r) => (
            <Space size={0} wrap>
              <Button type="link" size="small" onClick={() => onAdopt(r)}>
                记录采用
              </Button>
              <Button type="link" size="small" onClick={() => onInstruct(r)}>
                记录批示
              </Button>
              {r.tracking.status === '已报送' ? (
                <Button type="link" size="small" onClick={() => onNotAdopted(r)}>
                  未采用
                </Button>
              ) : null}
            </Space>
          ),
        },
      ]}
    />
  );
}

function Lines({ lines }: { lines: readonly string[] }) {
  if (lines.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space orientation="vertical" size={0}>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
        <Typography.Text key={i}>{line}</Typography.Text>
      ))}
    </Space>
  );
}
