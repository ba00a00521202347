import {
  type DeadlineTable,
  formatProblem,
  type IsoDateTime,
  relayDue,
  type UnitId,
  URGENT_REQUIRED_FIELDS,
  type UrgentEvent,
  urgentPenalties,
  urgentStatus,
} from '@caibian/core';
import { Alert, Button, Card, Descriptions, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { STATE_COLORS } from '../commissions/commissionLogic.ts';
import { ReportChain } from './ReportChain.tsx';
import { countdownText, shortTime } from './urgentLogic.ts';

/**
 * One urgent event at `now`: the deadlines counting down, the required fields (missing ones highlighted), the
 * report chain, problems in its times and the 迟报/漏报 they imply under `table`.
 */
export function UrgentEventDetail({
  event,
  table,
  now,
  unitName,
  onSave,
  onEdit,
  onRemove,
}: {
  event: UrgentEvent;
  table: DeadlineTable;
  now: IsoDateTime;
  unitName: (id: UnitId) => string;
  onSave: (event: UrgentEvent) => Promise<void>;
  onEdit: () => void;
  onRemove: () => Promise<void>;
}) {
  const status = urgentStatus(event, table, now);
  const missing = new Set<string>(status.missingFields.map((f) => f.field));
  const penalties = urgentPenalties([event], table, now);
  const relay = relayDue(event, table);
  const value = (field: (typeof URGENT_REQUIRED_FIELDS)[number]['field']) =>
    field === 'unitId' ? unitName(event.unitId) : event[field];

  return (
    <Card
      title={
        <Space>
          <Tag color="red">{event.grade}</Tag>
          <Typography.Text strong>{event.title}</Typography.Text>
        </Space>
      }
      extra={
        <Space>
          <Button onClick={onEdit}>补充要素</Button>
          <Popconfirm title="删除这条紧急信息？" okText="删除" cancelText="取消" onConfirm={onRemove}>
            <Button danger>删除</Button>
          </Popconfirm>
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          接报 {shortTime(event.receivedAt)}，按“{table.jurisdiction}”时限计算
        </Typography.Text>
        <List
          aria-label="报送时限"
          size="small"
          bordered
          dataSource={[...status.deadlines]}
          renderItem={(d) => (
            <List.Item
              extra={
                <Typography.Text type="secondary">
                  {d.rule}，{shortTime(d.due)}前
                </Typography.Text>
              }
            >
              <Space>
                <Tag color={STATE_COLORS[d.state]}>{d.state}</Tag>
                <Typography.Text strong type={d.state === '未报' ? 'danger' : undefined}>
                  {countdownText(d)}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
        {relay && <Typography.Text type="secondary">县级向市级报告：{shortTime(relay)}前</Typography.Text>}
        {status.missingFields.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={`缺少必报要素：${status.missingFields.map((f) => f.name).join('、')}`}
          />
        )}
        <Descriptions size="small" bordered column={1} aria-label="必报要素">
          <Descriptions.Item label="事发时间">{shortTime(event.occurredAt)}</Descriptions.Item>
          {URGENT_REQUIRED_FIELDS.filter((f) => f.field !== 'occurredAt').map(({ field, name }) => (
            <Descriptions.Item key={field} label={name}>
              {missing.has(field) ? (
                <Typography.Text type="danger" mark>
                  未填写
                </Typography.Text>
              ) : (
                <span style={{ whiteSpace: 'pre-wrap' }}>{value(field)}</span>
              )}
            </Descriptions.Item>
          ))}
        </Descriptions>
        <Typography.Title level={5}>报告链（初报 → 续报 → 终报）</Typography.Title>
        <ReportChain event={event} onSave={onSave} />
        {status.problems.map((p) => (
          <Alert key={formatProblem(p)} type="error" showIcon title={p.message} />
        ))}
        {penalties.length > 0 && (
          <Alert
            type="error"
            showIcon
            title="按时限推算的扣分"
            description={penalties.map((p) => (
              <div key={p.note}>
                <Tag color="red">{p.kind}</Tag>
                {p.note}
              </div>
            ))}
          />
        )}
      </Space>
    </Card>
  );
}
