import { itemId, unitId } from '@caibian/core';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { afterEach, expect, it } from 'vitest';
import { draftItem, openTestDb } from '../../data/__tests__/testDb.ts';
import type { Repositories } from '../../data/createRepositories.ts';
import { RepositoriesProvider } from '../../data/RepositoriesContext.tsx';
import { ItemsPage } from './ItemsPage.tsx';
import { resetItemSearch } from './itemSearch.ts';

afterEach(() => {
  cleanup();
  resetItemSearch();
});

async function renderPage(): Promise<Repositories> {
  const { repos } = openTestDb();
  await repos.units.put([{ id: unitId('宣汉县'), name: '<b>宣汉县</b>政府办公室' }]);
  await repos.items.save(draftItem('A1', { title: '宣汉县多措并举优化营商环境', drafted: '2024-03-01' as never }), {
    baseRevision: 0,
  });
  await repos.items.save(
    draftItem('A2', { title: '<img src=x onerror=alert(1)>春耕', drafted: '2024-02-01' as never }),
    {
      baseRevision: 0,
    },
  );
  await repos.records.add('routes', {
    itemId: itemId('A1'),
    level: '市',
    office: '市政府办公室',
    kind: '直报',
    date: '2024-03-02' as never,
    status: '已报送',
  });
  await repos.records.add('adoptions', {
    itemId: itemId('A1'),
    level: '市',
    publication: '昨日情况',
    date: '2024-03-03' as never,
  });
  // In the Chinese locale, as App renders every page.
  render(
    <ConfigProvider locale={zhCN}>
      <RepositoriesProvider repositories={repos}>
        <AntApp>
          <ItemsPage />
        </AntApp>
      </RepositoriesProvider>
    </ConfigProvider>,
  );
  return repos;
}

it('lists the items with their units and their status with each recipient', async () => {
  await renderPage();
  const row = (await screen.findByText('宣汉县多措并举优化营商环境')).closest('tr') as HTMLElement;
  expect(within(row).getByText('市·市政府办公室·直报·已采用')).toBeTruthy();
  expect(within(row).getByText('<b>宣汉县</b>政府办公室')).toBeTruthy();
  expect(within(row).getByText('草稿')).toBeTruthy();
  expect(screen.getByText('共 2 条')).toBeTruthy();
  expect(screen.getByRole('link', { name: /新建信息/ }).getAttribute('href')).toMatch(/^#\/items\/\d{8}-[0-9a-f]{6}$/);
});

it('shows markup in titles as text', async () => {
  await renderPage();
  expect(await screen.findByText('<img src=x onerror=alert(1)>春耕')).toBeTruthy();
  expect(document.querySelector('img[src="x"]')).toBeNull();
});

it('searches with a typo and highlights the matched words', async () => {
  await renderPage();
  await screen.findByText('宣汉县多措并举优化营商环境');
  const box = screen.getByLabelText('搜索稿件');
  await act(async () => {
    fireEvent.change(box, { target: { value: '营商环竟' } });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
  });
  const mark = await screen.findByText(
    (_, element) => element?.tagName === 'MARK' && /营商/.test(element.textContent ?? ''),
  );
  expect(mark.closest('a')?.textContent).toBe('宣汉县多措并举优化营商环境');
  expect(await screen.findByText('共 1 条')).toBeTruthy();
});

it('opens the date picker with Chinese weekday and month names', async () => {
  await renderPage();
  await screen.findByText('宣汉县多措并举优化营商环境');
  await act(async () => {
    fireEvent.focus(screen.getByLabelText('日期范围'));
  });
  const from = await screen.findByPlaceholderText('开始日期');
  await act(async () => {
    fireEvent.mouseDown(from);
    fireEvent.click(from);
  });
  await waitFor(() => expect(document.querySelector('.ant-picker-dropdown table thead')).not.toBeNull());
  const weekdays = [...document.querySelectorAll('.ant-picker-dropdown table thead th')].map((th) => th.textContent);
  expect(weekdays.slice(0, 7)).toEqual(['一', '二', '三', '四', '五', '六', '日']);
  expect(document.querySelector('.ant-picker-dropdown .ant-picker-month-btn')?.textContent).toMatch(/^\d{1,2}月$/);
});

it('filters by a date range once the date picker has loaded in place of its placeholder', async () => {
  await renderPage();
  await screen.findByText('宣汉县多措并举优化营商环境');
  await act(async () => {
    fireEvent.focus(screen.getByLabelText('日期范围'));
  });
  const from = await screen.findByPlaceholderText('开始日期');
  const to = screen.getByPlaceholderText('结束日期');
  await act(async () => {
    fireEvent.mouseDown(from);
    fireEvent.change(from, { target: { value: '2024-02-15' } });
    fireEvent.keyDown(from, { key: 'Enter', code: 'Enter', keyCode: 13 });
  });
  await act(async () => {
    fireEvent.mouseDown(to);
    fireEvent.change(to, { target: { value: '2024-03-31' } });
    fireEvent.keyDown(to, { key: 'Enter', code: 'Enter', keyCode: 13 });
  });
  expect(await screen.findByText('共 1 条')).toBeTruthy();
  expect(screen.queryByText('<img src=x onerror=alert(1)>春耕')).toBeNull();
});
