import { Alert, Button, Progress, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useRepositories } from '../../../data/RepositoriesContext.tsx';
import { scaled } from '../../../storage-bench/generate.ts';
import { rankingClient } from '../../../workers/rankingClient.ts';
import { benchRecordSet, DEMO_OUR_UNIT, demoRecordSet } from './rankingSeed.ts';

/** What the hash query asks for: `#/rankings/seed?data=bench&scale=0.1&auto=1`. */
function seedQuery(): { data: 'demo' | 'bench'; scale: number; auto: boolean } {
  const query = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
  return {
    data: query.get('data') === 'bench' ? 'bench' : 'demo',
    scale: Number(query.get('scale') ?? 1) || 1,
    auto: query.get('auto') === '1',
  };
}

/**
 * Test data for the rankings (not in the menu): the demo records, or issue 7's benchmark scale, imported
 * through the app's own path (`records.importRecordSet`) with a progress bar. Used by the e2e tests and
 * `pnpm bench:workbench`.
 */
export function SeedPage() {
  const { records, settings } = useRepositories();
  const [percent, setPercent] = useState<number | null>(null);
  const [done, setDone] = useState<{ ms: number; rows: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);
  const query = seedQuery();
  const run = async () => {
    if (started.current) return;
    started.current = true;
    setPercent(0);
    try {
      const set = query.data === 'bench' ? benchRecordSet(scaled(query.scale)) : demoRecordSet();
      const t0 = performance.now();
      await records.importRecordSet(set, (p) => setPercent(Math.floor((100 * p.done) / Math.max(1, p.total))));
      const ms = Math.round(performance.now() - t0);
      if ((await settings.get<string | null>('ourUnit', null)) === null) {
        await settings.set('ourUnit', query.data === 'bench' ? (set.units[0]?.id ?? null) : DEMO_OUR_UNIT);
      }
      await rankingClient().reload();
      setDone({ ms, rows: set.items.length + set.routes.length + set.adoptions.length + set.instructions.length });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, when the query asks for it
  useEffect(() => {
    if (query.auto) void run();
  }, []);
  return (
    <Space direction="vertical" style={{ width: 480 }}>
      <Typography.Title level={4}>
        导入排名测试数据（{query.data === 'bench' ? `压测规模×${query.scale}` : '示例'}）
      </Typography.Title>
      <Button type="primary" onClick={run} disabled={percent !== null}>
        开始导入
      </Button>
      {percent !== null && <Progress percent={percent} aria-label="导入进度" />}
      {done && (
        <Alert
          type="success"
          showIcon
          message={`导入完成：${done.rows} 条，用时 ${(done.ms / 1000).toFixed(1)} 秒`}
          data-import-ms={done.ms}
        />
      )}
      {error && <Alert type="error" showIcon message={`导入失败：${error}`} />}
    </Space>
  );
}
