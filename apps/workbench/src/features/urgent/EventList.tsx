import { type DeadlineTable, type IsoDateTime, type UrgentEvent, urgentStatus } from '@caibian/core';
import { Empty, List, Space, Tag, Typography } from 'antd';
import { STATE_COLORS } from '../commissions/commissionLogic.ts';
import { countdownText, shortTime } from './urgentLogic.ts';

/** The urgent events, newest first, each with its most pressing deadline and how many required fields it lacks. */
export function EventList({
  events,
  table,
  now,
  selected,
  onSelect,
}: {
  events: readonly UrgentEvent[];
  table: DeadlineTable;
  now: IsoDateTime;
  selected: string | undefined;
  onSelect: (id: string) => void;
}) {
  if (events.length === 0) return <Empty description="还没有紧急信息" />;
  return (
    <List
      aria-label="紧急信息列表"
      dataSource={[...events]}
      renderItem={(event) => {
        const status = urgentStatus(event, table, now);
        const open = status.deadlines.filter((d) => d.state === '待报' || d.state === '未报');
        const first = open[0] ?? status.deadlines[0];
        return (
          <List.Item
            onClick={() => onSelect(event.id)}
            style={{ cursor: 'pointer', background: event.id === selected ? '#e6f4ff' : undefined, paddingInline: 8 }}
          >
            <List.Item.Meta
              title={
                <Space>
                  <Tag color="red">{event.grade}</Tag>
                  <Typography.Text>{event.title}</Typography.Text>
                </Space>
              }
              description={
                <Space orientation="vertical" size={0}>
                  <span>接报 {shortTime(event.receivedAt)}</span>
                  {first && <Tag color={STATE_COLORS[first.state]}>{countdownText(first)}</Tag>}
                  {status.missingFields.length > 0 && (
                    <Typography.Text type="warning">缺 {status.missingFields.length} 项要素</Typography.Text>
                  )}
                </Space>
              }
            />
          </List.Item>
        );
      }}
    />
  );
}
