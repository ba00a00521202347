import { Alert, Select, Space, Spin, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { RankingClient } from '../../workers/rankingClient.ts';
import type { CompareRow, CompareView, PeriodRef } from '../../workers/rankingTypes.ts';
import type { SchemeOption } from './schemeOption.ts';

/** Props of {@link WhatIfPanel}. */
export interface WhatIfPanelProps {
  readonly client: RankingClient;
  readonly options: readonly SchemeOption[];
  readonly schemeA: SchemeOption;
  readonly period: PeriodRef;
  readonly group: string;
}

const score = (n: number | null) => (n === null ? '—' : Math.round(n * 100) / 100);

const columns: TableColumnsType<CompareRow> = [
  { title: '单位', dataIndex: 'name' },
  { title: '现办法名次', dataIndex: 'rankA', width: 100 },
  { title: '现办法得分', dataIndex: 'scoreA', width: 100, render: score },
  { title: '对比办法名次', dataIndex: 'rankB', width: 110 },
  { title: '对比办法得分', dataIndex: 'scoreB', width: 110, render: score },
  {
    title: '名次变化',
    dataIndex: 'change',
    width: 100,
    render: (c: number) =>
      c === 0 ? '不变' : <Tag color={c > 0 ? 'green' : 'red'}>{c > 0 ? `上升${c}位` : `下降${-c}位`}</Tag>,
  },
];

/** What if: the same records under two schemes side by side, units whose rank changes marked. */
export function WhatIfPanel({ client, options, schemeA, period, group }: WhatIfPanelProps) {
  const [valueB, setValueB] = useState(() => options.find((o) => o.value !== schemeA.value)?.value ?? schemeA.value);
  const [view, setView] = useState<CompareView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const optionB = options.find((o) => o.value === valueB) ?? schemeA;
  useEffect(() => {
    let live = true;
    setError(null);
    client
      .compare(schemeA.ref, optionB.ref, period, group)
      .then((v) => live && setView(v))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [client, schemeA, optionB, period, group]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>现办法：{schemeA.label}</Typography.Text>
        <Typography.Text>对比办法：</Typography.Text>
        <Select
          aria-label="对比办法"
          style={{ minWidth: 320 }}
          value={valueB}
          options={options.map((o) => ({ value: o.value, label: o.label }))}
          onChange={setValueB}
        />
      </Space>
      {error && <Alert type="error" showIcon message={error} />}
      <Spin spinning={!view && !error}>
        {view && (
          <>
            <Typography.Paragraph role="status">
              {view.period.label}
              {view.group}：换用《{view.nameB}》后，有 {view.changed} 个单位名次发生变化。
            </Typography.Paragraph>
            <Table<CompareRow>
              aria-label="两种办法排名对比"
              size="small"
              columns={columns}
              dataSource={[...view.rows]}
              rowKey="unitId"
              rowClassName={(r) => (r.change === 0 ? '' : 'rank-changed')}
              onRow={(r) => ({ 'data-changed': r.change !== 0 ? 'true' : 'false' }) as never}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
            />
          </>
        )}
      </Spin>
    </Space>
  );
}
