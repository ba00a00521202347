import type { Scheme } from '@caibian/core';
import { monthPeriod } from '@caibian/stats';
import { Alert, Card, Spin, Table } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { rankingClient } from '../../workers/rankingClient.ts';
import type { DataSummary, RankingView, RankRow } from '../../workers/rankingTypes.ts';
import { draftRef } from '../rankings/schemeOption.ts';

const score = (n: number | null) => (n === null ? '—' : Math.round(n * 100) / 100);

/**
 * A live ranking under the scheme being edited: the latest month of the records, the first group (or our
 * unit's), scored in the ranking worker a moment after the last valid edit.
 */
export function SchemePreview({ scheme, ourUnit }: { scheme: Scheme | null; ourUnit?: string }) {
  const client = useMemo(() => rankingClient(), []);
  const [summary, setSummary] = useState<DataSummary | null>(null);
  const [view, setView] = useState<RankingView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    client.load().then(setSummary, (e: Error) => setError(e.message));
  }, [client]);
  useEffect(() => {
    if (!scheme || !summary?.lastDate) return;
    let live = true;
    const at = summary.lastDate;
    const timer = setTimeout(() => {
      client
        .rank(draftRef(scheme), monthPeriod(Number(at.slice(0, 4)), Number(at.slice(5, 7))), undefined, ourUnit)
        .then((v) => {
          if (!live) return;
          setView(v);
          setError(null);
        })
        .catch((e: Error) => live && setError(e.message));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, scheme, summary, ourUnit]);
  const title = view ? `预览：${view.period.label} ${view.group}` : '预览';
  return (
    <Card size="small" title={title} aria-label="排名预览">
      {error && <Alert type="error" showIcon message={error} />}
      {summary && !summary.lastDate && <Alert type="info" message="还没有报送采用记录，导入后可预览排名。" />}
      {!scheme && <Alert type="warning" message="办法有错误，改正后预览更新。" />}
      <Spin spinning={!view && !!summary?.lastDate && !error}>
        {view && (
          <Table<RankRow>
            size="small"
            aria-label="预览排名"
            dataSource={view.rows.slice(0, 10)}
            rowKey="unitId"
            pagination={false}
            columns={[
              { title: '名次', dataIndex: 'rank', width: 56 },
              { title: '单位', dataIndex: 'name' },
              { title: '得分', dataIndex: 'score', width: 80, render: score },
            ]}
          />
        )}
      </Spin>
    </Card>
  );
}
