import { type IsoDateTime, parseDateTime, URGENT_CHANNELS, URGENT_STAGES, type UrgentEvent } from '@caibian/core';
import { Button, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { isoDateTimeOf } from '../commissions/clock.ts';
import { addReport, removeReport, shortTime } from './urgentLogic.ts';

type Stage = (typeof URGENT_STAGES)[number];
type Channel = (typeof URGENT_CHANNELS)[number];

/** The chain 初报 → 续报 → 终报 of an event: the reports made, and a line to record the next one. */
export function ReportChain({ event, onSave }: { event: UrgentEvent; onSave: (event: UrgentEvent) => Promise<void> }) {
  const hasFirst = event.reports.some((r) => r.stage === '初报');
  const [stage, setStage] = useState<Stage>(hasFirst ? '续报' : '初报');
  const [channel, setChannel] = useState<Channel>('电话');
  const [at, setAt] = useState<string>(() => isoDateTimeOf(new Date()));
  const time = parseDateTime(at);

  async function record() {
    if (!time) return;
    await onSave(addReport(event, { stage, channel, at: time as IsoDateTime }));
    setStage('续报');
    setAt(isoDateTimeOf(new Date()));
  }

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Table
        size="small"
        pagination={false}
        aria-label="报告链"
        rowKey={(r) => `${r.stage}/${r.channel}/${r.at}`}
        dataSource={event.reports.map((r, index) => ({ ...r, index }))}
        locale={{ emptyText: '还没有报告' }}
        columns={[
          {
            title: '环节',
            dataIndex: 'stage',
            render: (s: Stage) => <Tag color={s === '终报' ? 'green' : s === '初报' ? 'red' : 'blue'}>{s}</Tag>,
          },
          { title: '方式', dataIndex: 'channel' },
          { title: '时间', dataIndex: 'at', render: (t: IsoDateTime) => shortTime(t) },
          {
            title: '',
            key: 'remove',
            render: (_, r) => (
              <Button type="link" danger size="small" onClick={() => onSave(removeReport(event, r.index))}>
                删除
              </Button>
            ),
          },
        ]}
      />
      <Space wrap>
        <Select<Stage>
          aria-label="报告环节"
          value={stage}
          onChange={setStage}
          style={{ width: 90 }}
          options={URGENT_STAGES.map((s) => ({ value: s, label: s }))}
        />
        <Select<Channel>
          aria-label="报告方式"
          value={channel}
          onChange={setChannel}
          style={{ width: 90 }}
          options={URGENT_CHANNELS.map((c) => ({ value: c, label: c }))}
        />
        <Input
          type="datetime-local"
          aria-label="报告时间"
          value={at}
          onChange={(e) => setAt(e.target.value)}
          status={time ? '' : 'error'}
          style={{ width: 210 }}
        />
        <Button type="primary" onClick={record} disabled={!time}>
          记录报告
        </Button>
      </Space>
    </Space>
  );
}
