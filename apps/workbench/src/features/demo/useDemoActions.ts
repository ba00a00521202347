import { App as AntApp } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import type { DemoState } from '../../data/demo.ts';
import { reportStorageError } from '../settings/storageAlerts.ts';
import { useDemo } from './DemoContext.tsx';

type Busy = null | { label: string; percent: number };

// One loading or removal at a time, seen by every component using the hook (the banner and the settings card).
let busyNow: Busy = null;
const watchers = new Set<() => void>();
function setBusy(next: Busy) {
  busyNow = next;
  for (const watcher of watchers) watcher();
}
const subscribe = (watcher: () => void) => {
  watchers.add(watcher);
  return () => watchers.delete(watcher);
};

/** The demo's state (live) and the actions on it, with Chinese messages; `state` is undefined while loading. */
export function useDemoActions() {
  const demo = useDemo();
  const { message } = AntApp.useApp();
  const busy = useSyncExternalStore(subscribe, () => busyNow);
  const state = useLiveQuery<DemoState | undefined>(async () => (demo ? demo.data.state() : 'none'), [demo]);

  async function load() {
    if (!demo || busyNow) return;
    setBusy({ label: '正在生成演示数据…', percent: 0 });
    try {
      const dataset = await demo.generate();
      await demo.data.load(dataset, (p) =>
        setBusy({ label: '正在写入演示数据…', percent: p.total ? Math.round((100 * p.done) / p.total) : 100 }),
      );
      message.success(`已载入演示数据：${dataset.records.units.length} 个单位、${dataset.records.items.length} 条稿件`);
    } catch (error) {
      reportStorageError(error);
      message.error(`载入演示数据失败：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(null);
    }
  }

  async function remove() {
    if (!demo || busyNow) return;
    setBusy({ label: '正在删除演示数据…', percent: 50 });
    try {
      const n = await demo.data.remove();
      message.success(`已删除全部演示数据（${n} 条）`);
    } catch (error) {
      reportStorageError(error);
      message.error(`删除演示数据失败，数据未改动：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(null);
    }
  }

  async function decline() {
    await demo?.data.decline();
  }

  return { available: demo !== null, state, busy, load, remove, decline };
}
