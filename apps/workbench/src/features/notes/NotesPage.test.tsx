import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { App } from '../../app/App.tsx';
import { CaibianDb } from '../../data/db.ts';
import { createNotesRepository } from '../../data/notesRepository.ts';
import { RepositoriesProvider } from '../../data/RepositoriesContext.tsx';

let db: CaibianDb | undefined;
let run = 0;
afterEach(async () => {
  cleanup();
  await db?.delete();
});

function renderApp() {
  window.location.hash = '#/notes';
  run += 1;
  db = new CaibianDb(`notes-test-${run}`);
  const notes = createNotesRepository(db, () => new Date('2024-03-05T08:30:00+08:00'));
  render(
    <RepositoriesProvider repositories={{ notes }}>
      <App />
    </RepositoriesProvider>,
  );
  return notes;
}

it('saves a note typed by the user and lists it, in Chinese', async () => {
  const notes = renderApp();
  expect(await screen.findByText('还没有便签')).toBeTruthy();
  const save = screen.getByRole('button', { name: '保存便签' });
  expect(save.hasAttribute('disabled')).toBe(true);

  fireEvent.change(screen.getByLabelText('便签内容'), { target: { value: '  催报：宣汉县约稿周五到期  ' } });
  await act(async () => fireEvent.click(save));

  expect(await screen.findByText('催报：宣汉县约稿周五到期')).toBeTruthy();
  await waitFor(async () => expect((await notes.list()).map((n) => n.text)).toEqual(['催报：宣汉县约稿周五到期']));
});

it('refuses an empty note with a Chinese message and saves nothing', async () => {
  const notes = renderApp();
  await expect(notes.add('   ')).rejects.toThrow('便签内容不能为空');
  expect(await notes.list()).toEqual([]);
});
