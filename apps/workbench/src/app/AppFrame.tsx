import { App as AntApp } from 'antd';
import type { ReactNode } from 'react';

/**
 * antd's App context (the `App.useApp()` message, notification and modal hooks) around a page that uses it.
 * Its own chunk: pages that do not use it (the 稿件 list, 排名) are shown without loading its code.
 */
export function AppFrame({ children }: { children: ReactNode }) {
  return <AntApp>{children}</AntApp>;
}
