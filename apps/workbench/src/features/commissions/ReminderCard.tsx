import { type Commission, type IsoDate, reminders, type UnitId } from '@caibian/core';
import { App as AntApp, Button, Card, Empty, InputNumber, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { chineseDay, dueText, reminderText, STATE_COLORS } from './commissionLogic.ts';
import { copyText } from './copyText.ts';

/** The 催报 list on `today`: per unit, what is overdue or due within N days, with a copyable reminder text. */
export function ReminderCard({
  commissions,
  today,
  unitName,
}: {
  commissions: readonly Commission[];
  today: IsoDate;
  unitName: (id: UnitId) => string;
}) {
  const { message } = AntApp.useApp();
  const [within, setWithin] = useState(3);
  const list = reminders(commissions, today, { withinDays: within });

  async function copy(text: string) {
    if (await copyText(text)) message.success('催报文本已复制');
    else message.error('复制失败，请手动选中文本复制');
  }

  return (
    <Card
      title="催报"
      extra={
        <Space>
          <span>到期前</span>
          <InputNumber
            aria-label="提前天数"
            min={0}
            max={60}
            value={within}
            onChange={(v) => setWithin(typeof v === 'number' ? v : 0)}
            style={{ width: 70 }}
          />
          <span>天内及已逾期</span>
        </Space>
      }
    >
      {list.length === 0 ? (
        <Empty description="没有需要催报的约稿" />
      ) : (
        <List
          aria-label="催报列表"
          dataSource={list}
          renderItem={(reminder) => {
            const text = reminderText(reminder, unitName, today);
            return (
              <List.Item
                actions={[
                  <Button key="copy" onClick={() => copy(text)}>
                    复制催报文本
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={unitName(reminder.unitId)}
                  description={
                    <Space orientation="vertical" size={2}>
                      {reminder.commissions.map((s) => (
                        <span key={s.commissionId}>
                          <Tag color={STATE_COLORS[s.state]}>{s.state === '未报' ? '已逾期' : '将到期'}</Tag>
                          {s.topic}（截止{chineseDay(s.due)}，{dueText(s)}）
                        </span>
                      ))}
                      <Typography.Paragraph
                        type="secondary"
                        style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
                        aria-label={`${unitName(reminder.unitId)}催报文本`}
                      >
                        {text}
                      </Typography.Paragraph>
                    </Space>
                  }
                />
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}
