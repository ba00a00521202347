import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { afterEach, expect, it, vi } from 'vitest';
import { StorageFullError } from '../../../data/errors.ts';
import type { VersionChange } from '../../../data/health.ts';
import { RepositoriesProvider } from '../../../data/RepositoriesContext.tsx';
import { ShellBanner } from '../ShellBanner.tsx';
import { reportStorageError } from '../storageAlerts.ts';

afterEach(cleanup);

function renderBanner() {
  let fire: (change: VersionChange) => void = () => {};
  const health = {
    requestPersistence: vi.fn(),
    usage: vi.fn(),
    onVersionChange: (listener: (change: VersionChange) => void) => {
      fire = listener;
      return () => {};
    },
  };
  render(
    <RepositoriesProvider repositories={{ health }}>
      <AntApp>
        <ShellBanner />
      </AntApp>
    </RepositoriesProvider>,
  );
  return (change: VersionChange) => act(() => fire(change));
}

it('asks to reload when another tab upgraded the database', async () => {
  const upgrade = renderBanner();
  expect(screen.queryByText('数据库已在其他标签页升级，请刷新本页')).toBeNull();
  await upgrade({ reason: 'upgrade', newVersion: 3 });
  expect(screen.getByText('数据库已在其他标签页升级，请刷新本页')).toBeTruthy();
  expect(screen.getByRole('button', { name: /刷新本页/ })).toBeTruthy();
});

it('says nothing saved was lost when a write fails on a full disk, and ignores other errors', async () => {
  renderBanner();
  await act(async () => reportStorageError(new Error('其他错误')));
  expect(screen.queryByText(/存储空间已满/)).toBeNull();
  await act(async () => reportStorageError(new StorageFullError()));
  expect(screen.getByText('存储空间已满，刚才的更改没有保存')).toBeTruthy();
  expect(screen.getByText(/之前已保存的内容都还在，没有丢失/)).toBeTruthy();
  await act(async () => fireEvent.click(screen.getByRole('button', { name: /close|关闭/i })));
  expect(screen.queryByText('存储空间已满，刚才的更改没有保存')).toBeNull();
});
