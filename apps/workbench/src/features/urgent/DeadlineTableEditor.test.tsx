import { DEFAULT_DEADLINE_TABLE, type DeadlineTable } from '@caibian/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { afterEach, expect, it, vi } from 'vitest';
import { DeadlineTableEditor } from './DeadlineTableEditor.tsx';

afterEach(cleanup);

/** The save button (found by text: role queries are slow over antd's large tables in jsdom). */
const save = () => screen.getByText('保存时限').closest('button') as HTMLButtonElement;

function renderEditor() {
  const onSave = vi.fn(async (_: DeadlineTable) => {});
  render(
    <AntApp>
      <DeadlineTableEditor table={DEFAULT_DEADLINE_TABLE} onSave={onSave} />
    </AntApp>,
  );
  return onSave;
}

// antd's first render in jsdom takes seconds on a loaded machine.
it('saves an edited time limit as a validated table', { timeout: 20_000 }, async () => {
  const onSave = renderEditor();
  fireEvent.change(screen.getByLabelText('一般书面初报时限'), { target: { value: '120' } });
  await act(async () => fireEvent.click(save()));
  expect(onSave).toHaveBeenCalledTimes(1);
  const saved = onSave.mock.calls[0]?.[0];
  expect(saved?.grades.一般.deadlines).toEqual([{ stage: '初报', channel: '书面', minutes: 120 }]);
  expect(saved?.grades.重大).toEqual(DEFAULT_DEADLINE_TABLE.grades.重大);
});

it('refuses an empty jurisdiction and a grade without limits, saying why in Chinese', { timeout: 20_000 }, async () => {
  const onSave = renderEditor();
  fireEvent.change(screen.getByLabelText('适用辖区'), { target: { value: ' ' } });
  const row = screen.getByLabelText('较大书面初报时限').closest('tr');
  const remove = row?.querySelector('button');
  if (remove) await act(async () => fireEvent.click(remove));
  await act(async () => fireEvent.click(save()));
  expect(onSave).not.toHaveBeenCalled();
  expect(screen.getByText('时限表有误，未保存')).toBeTruthy();
  expect(screen.getByText(/每个等级至少要有一个时限/)).toBeTruthy();
});
