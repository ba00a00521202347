import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { afterEach, expect, it } from 'vitest';
import { openTestDb } from '../../data/__tests__/testDb.ts';
import type { CaibianDb } from '../../data/db.ts';
import { RepositoriesProvider } from '../../data/RepositoriesContext.tsx';
import { BulletinsPage } from './BulletinsPage.tsx';

let db: CaibianDb | undefined;
afterEach(async () => {
  cleanup();
  await db?.delete();
});

function renderPage() {
  const t = openTestDb();
  db = t.db;
  render(
    <AntApp>
      <RepositoriesProvider repositories={t.repos}>
        <BulletinsPage />
      </RepositoriesProvider>
    </AntApp>,
  );
  return t.repos;
}

async function type(label: string, value: string) {
  const input = await screen.findByLabelText(label);
  await act(async () => {
    fireEvent.change(input, { target: { value } });
    fireEvent.blur(input);
  });
}

/** Waits until the title shows (in the list and as the editor's title). */
const shown = (title: string) => screen.findAllByText(title, { selector: 'span' }, { timeout: 10_000 });
const editorValue = async () => ((await screen.findByLabelText('编发单位')) as HTMLInputElement).value;

it("keeps an issue's layout in the issue: a new issue starts from it, and deleting the issue leaves nothing behind", {
  timeout: 30_000,
}, async () => {
  const repos = renderPage();
  await repos.bulletins.create({ name: '通讯', year: 2024 });
  await shown('《通讯》〔2024〕第1期');

  await type('编发单位', '宣汉县人民政府办公室');
  await type('报送单位', '市政府办公室');
  await waitFor(async () =>
    expect((await repos.bulletins.get('通讯/2024/1'))?.layout).toMatchObject({
      editor: '宣汉县人民政府办公室',
      to: { 报: ['市政府办公室'], 送: [], 发: [] },
    }),
  );

  // The next issue is offered the last-used layout; its own is written only once it is edited.
  await repos.bulletins.create({ name: '通讯', year: 2024 });
  await shown('《通讯》〔2024〕第2期');
  await waitFor(async () => expect(await editorValue()).toBe('宣汉县人民政府办公室'));
  expect((await repos.bulletins.get('通讯/2024/2'))?.layout).toBeUndefined();
  await type('编发单位', '宣汉县委办公室');
  await waitFor(async () => expect((await repos.bulletins.get('通讯/2024/2'))?.layout?.editor).toBe('宣汉县委办公室'));
  expect((await repos.bulletins.get('通讯/2024/1'))?.layout?.editor).toBe('宣汉县人民政府办公室');

  for (const number of [2, 1]) {
    await shown(`《通讯》〔2024〕第${number}期`);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '删除本期' })));
    await act(async () => fireEvent.click(await screen.findByRole('button', { name: /^删\s*除$/ })));
    await waitFor(async () => expect(await repos.bulletins.get(`通讯/2024/${number}`)).toBeUndefined());
  }
  await screen.findByText('还没有编发期刊');
  expect(Object.keys(await repos.settings.all())).toEqual(['bulletins.defaults']);
});
