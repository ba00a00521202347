import {
  DEFAULT_DEADLINE_TABLE,
  type DeadlineTable,
  SEVERITY_GRADES,
  URGENT_CHANNELS,
  URGENT_STAGES,
} from '@caibian/core';
import { Alert, App as AntApp, Button, Card, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import { useState } from 'react';
import {
  type DeadlineRow,
  type DeadlineTableHead,
  deadlineTableToRows,
  rowsToDeadlineTable,
} from './deadlineSettings.ts';

/**
 * The jurisdiction's deadline table as an editable table (grade, stage, channel, minutes), validated with core
 * before it is saved; every problem is listed in Chinese.
 */
export function DeadlineTableEditor({
  table,
  onSave,
}: {
  table: DeadlineTable;
  onSave: (table: DeadlineTable) => Promise<void>;
}) {
  const { message } = AntApp.useApp();
  const initial = deadlineTableToRows(table);
  const [head, setHead] = useState<DeadlineTableHead>(initial.head);
  const [rows, setRows] = useState<DeadlineRow[]>(initial.rows);
  const [problems, setProblems] = useState<string[]>([]);
  const patch = (key: string, change: Partial<DeadlineRow>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)));

  async function save() {
    const built = rowsToDeadlineTable(head, rows);
    if (!built.ok) {
      setProblems(built.problems);
      return;
    }
    setProblems([]);
    await onSave(built.value);
    message.success('报送时限已保存');
  }

  function reset() {
    const next = deadlineTableToRows(DEFAULT_DEADLINE_TABLE);
    setHead(next.head);
    setRows(next.rows);
    setProblems([]);
  }

  return (
    <Card title="报送时限设置（本辖区）">
      <Form layout="vertical">
        <Form.Item label="适用辖区">
          <Input
            aria-label="适用辖区"
            value={head.jurisdiction}
            onChange={(e) => setHead({ ...head, jurisdiction: e.target.value })}
          />
        </Form.Item>
        <Form.Item label="依据（文件名称、条款）">
          <Input
            aria-label="时限依据"
            value={head.source ?? ''}
            onChange={(e) => setHead({ ...head, source: e.target.value })}
          />
        </Form.Item>
        <Form.Item label="县级向市级报告时限（分钟）">
          <InputNumber
            aria-label="县级向市级报告时限"
            min={1}
            value={head.relayMinutes ?? null}
            onChange={(v) => setHead({ ...head, relayMinutes: v })}
          />
        </Form.Item>
        <Form.Item label="续报间隔（分钟，不填则不要求定时续报）">
          <Space wrap>
            {SEVERITY_GRADES.map((g) => (
              <Space key={g} size={4}>
                <span>{g}</span>
                <InputNumber
                  aria-label={`${g}续报间隔`}
                  min={1}
                  value={head.followUpEvery[g] ?? null}
                  onChange={(v) => setHead({ ...head, followUpEvery: { ...head.followUpEvery, [g]: v } })}
                />
              </Space>
            ))}
          </Space>
        </Form.Item>
      </Form>
      <Table<DeadlineRow>
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        aria-label="时限表"
        columns={[
          {
            title: '事件等级',
            dataIndex: 'grade',
            render: (_, r) => (
              <Select
                value={r.grade}
                style={{ width: 110 }}
                onChange={(grade) => patch(r.key, { grade })}
                options={SEVERITY_GRADES.map((g) => ({ value: g, label: g }))}
              />
            ),
          },
          {
            title: '环节',
            dataIndex: 'stage',
            render: (_, r) => (
              <Select
                value={r.stage}
                style={{ width: 90 }}
                onChange={(stage) => patch(r.key, { stage })}
                options={URGENT_STAGES.map((s) => ({ value: s, label: s }))}
              />
            ),
          },
          {
            title: '方式',
            dataIndex: 'channel',
            render: (_, r) => (
              <Select
                value={r.channel}
                style={{ width: 100 }}
                onChange={(channel) => patch(r.key, { channel })}
                options={[...URGENT_CHANNELS.map((c) => ({ value: c, label: c })), { value: 'any', label: '任意' }]}
              />
            ),
          },
          {
            title: '接报后（分钟）',
            dataIndex: 'minutes',
            render: (_, r) => (
              <InputNumber
                aria-label={`${r.grade}${r.channel === 'any' ? '' : r.channel}${r.stage}时限`}
                min={1}
                value={r.minutes}
                onChange={(minutes) => patch(r.key, { minutes })}
              />
            ),
          },
          {
            title: '',
            key: 'remove',
            render: (_, r) => (
              <Button type="link" danger onClick={() => setRows((all) => all.filter((x) => x.key !== r.key))}>
                删除
              </Button>
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 12 }} wrap>
        <Button
          onClick={() =>
            setRows((all) => [
              ...all,
              { key: `new/${Date.now()}`, grade: '一般', stage: '初报', channel: '书面', minutes: 60 },
            ])
          }
        >
          添加时限
        </Button>
        <Button onClick={reset}>恢复示例时限</Button>
        <Button type="primary" onClick={save}>
          保存时限
        </Button>
      </Space>
      {problems.length > 0 && (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          title="时限表有误，未保存"
          description={problems.map((p) => <div key={p}>{p}</div>)}
        />
      )}
    </Card>
  );
}
