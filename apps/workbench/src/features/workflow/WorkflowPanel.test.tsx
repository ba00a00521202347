import { itemId, unitId } from '@caibian/core';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { useState } from 'react';
import { afterEach, expect, it } from 'vitest';
import { draftItem, openTestDb } from '../../data/__tests__/testDb.ts';
import { RepositoriesProvider } from '../../data/RepositoriesContext.tsx';
import type { ItemRow } from '../../data/rows.ts';
import { WorkflowPanel } from './WorkflowPanel.tsx';

afterEach(() => cleanup());

const name = (text: string) => new RegExp(`^\\s*${[...text].join('\\s*')}\\s*$`);

function Harness({ initial }: { initial: ItemRow }) {
  const [row, setRow] = useState(initial);
  return <WorkflowPanel row={row} ourUnit="海州区" reviewer="王科长" today="2024-03-05" onChanged={setRow} />;
}

async function renderPanel() {
  const { repos } = openTestDb();
  await repos.units.put([{ id: unitId('海州区'), name: '海州区' }]);
  const saved = await repos.items.save(draftItem('A1', { units: [{ unitId: unitId('海州区') }] }), { baseRevision: 0 });
  if (!saved.ok) throw new Error('not saved');
  render(
    <RepositoriesProvider repositories={repos}>
      <AntApp>
        <Harness initial={saved.value} />
      </AntApp>
    </RepositoriesProvider>,
  );
  return repos;
}

const dialog = () => screen.getAllByRole('dialog').at(-1) as HTMLElement;
const findButton = (text: string) => screen.findByRole('button', { name: name(text) }, { timeout: 5000 });
const click = (element: HTMLElement) => act(async () => fireEvent.click(element));

it('walks an item through 送审, 签发 by a named leader, 报送 and 采用, and shows the points', async () => {
  const repos = await renderPanel();
  await click(await findButton('送审'));
  await click(await findButton('签发'));

  await click(within(dialog()).getByRole('button', { name: name('签发') }));
  expect(await within(dialog()).findByText('请填写签发人')).toBeTruthy();
  fireEvent.change(within(dialog()).getByLabelText('签发领导'), { target: { value: '王主任' } });
  await click(within(dialog()).getByRole('button', { name: name('签发') }));
  expect(await screen.findByText('签发人：王主任')).toBeTruthy();

  await click(await findButton('报送'));
  await click(within(dialog()).getByRole('button', { name: name('报送') }));
  expect(await screen.findByRole('cell', { name: '市政府办公室' })).toBeTruthy();
  expect((await repos.items.get(itemId('A1')))?.status).toBe('已报送');
  await waitFor(() => expect(screen.getByLabelText('本条信息得分').textContent).toBe('本条信息得分0'));

  await click(screen.getByRole('button', { name: '记录采用' }));
  await click(within(dialog()).getByRole('button', { name: name('记录采用') }));
  expect(await within(dialog()).findByText('请填写采用刊物')).toBeTruthy();
  fireEvent.change(within(dialog()).getByLabelText('采用刊物'), { target: { value: '昨日情况' } });
  await click(within(dialog()).getByRole('button', { name: name('记录采用') }));
  await waitFor(() => expect(screen.getByLabelText('本条信息得分').textContent).toBe('本条信息得分3'));
  expect(screen.getByLabelText('单位年度总分').textContent).toBe('海州区 2024年度总分3');
  expect(screen.getByText('《昨日情况》采用')).toBeTruthy();
}, 30_000);

it('returns an item with the section chief comment, which the panel lists', async () => {
  await renderPanel();
  await click(await findButton('送审'));
  await click(await findButton('退改'));
  await click(within(dialog()).getByRole('button', { name: name('退改') }));
  expect(await within(dialog()).findByText('请填写修改意见')).toBeTruthy();
  fireEvent.change(within(dialog()).getByLabelText('修改意见'), { target: { value: '标题请写具体数据' } });
  await click(within(dialog()).getByRole('button', { name: name('退改') }));
  expect(await screen.findByText(/王科长：标题请写具体数据/)).toBeTruthy();
  expect(await findButton('送审')).toBeTruthy();
}, 30_000);
