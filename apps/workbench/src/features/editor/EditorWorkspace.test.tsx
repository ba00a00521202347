import { itemId, unitId } from '@caibian/core';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { afterEach, expect, it } from 'vitest';
import { draftItem, openTestDb } from '../../data/__tests__/testDb.ts';
import { RepositoriesProvider } from '../../data/RepositoriesContext.tsx';
import { EditorPage } from './EditorPage.tsx';

afterEach(() => cleanup());

const name = (text: string) => new RegExp(`^\\s*${[...text].join('\\s*')}\\s*$`);
const at = '2024-03-04T10:00:00+08:00';

/** Opens the editor page on item L1, signed off by 王主任 on 2024-03-04. */
async function openSignedItem() {
  const { repos } = openTestDb();
  await repos.units.put([{ id: unitId('海州区'), name: '海州区' }]);
  const id = itemId('L1');
  await repos.items.save(draftItem('L1', { units: [{ unitId: unitId('海州区') }] }), { baseRevision: 0 });
  await repos.items.transition(id, '送审', { at });
  await repos.items.transition(id, '签发', { at, signer: '王主任' });
  render(
    <RepositoriesProvider repositories={repos}>
      <AntApp>
        <EditorPage params={{ id: 'L1' }} />
      </AntApp>
    </RepositoriesProvider>,
  );
  await screen.findByText('编辑稿件', undefined, { timeout: 10_000 });
  return repos;
}

const saveButton = () => screen.getByRole('button', { name: name('保存') }) as HTMLButtonElement;
const editorBox = () => document.querySelector('[data-locked]');
const dialog = () => screen.getAllByRole('dialog').at(-1) as HTMLElement;
const click = (element: HTMLElement) => act(async () => fireEvent.click(element));

it('opens a signed-off item read-only with a notice naming who signed and when', async () => {
  await openSignedItem();
  expect(screen.getByText('已签发，正文已锁定')).toBeTruthy();
  expect(screen.getByText(/王主任于2024-03-04签发。.*请由科长“撤回签发”后再改/)).toBeTruthy();
  expect(saveButton().disabled).toBe(true);
  const body = editorBox()?.querySelector('[aria-label="正文"]');
  expect(body?.getAttribute('contenteditable')).toBe('false');
  expect(editorBox()?.querySelector('[aria-label="标题"]')?.getAttribute('contenteditable')).toBe('false');
  expect(editorBox()?.querySelector('[role="toolbar"]')).toBeNull();
  const form = screen.getByRole('form', { name: '稿件信息' });
  expect(within(form).getByLabelText('信息类别').closest('.ant-select')?.className).toContain('disabled');
}, 30_000);

it('撤回签发 makes the item editable again and records the reason', async () => {
  const repos = await openSignedItem();
  await click(screen.getByRole('button', { name: name('撤回签发') }));
  fireEvent.change(within(dialog()).getByLabelText('撤回原因'), { target: { value: '第二段数据有误' } });
  await click(within(dialog()).getByRole('button', { name: name('撤回签发') }));

  expect(await screen.findByText(/撤回签发：第二段数据有误/)).toBeTruthy();
  expect(screen.queryByText('已签发，正文已锁定')).toBeNull();
  expect(saveButton().disabled).toBe(false);
  expect(editorBox()).toBeNull();
  expect((await repos.items.get(itemId('L1')))?.status).toBe('退改');
  expect((await repos.versions.list(itemId('L1')))[0]?.note).toBe('撤回签发');
}, 30_000);
