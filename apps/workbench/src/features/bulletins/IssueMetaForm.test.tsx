import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import type { IssueMeta } from './bulletinLogic.ts';
import { IssueMetaForm } from './IssueMetaForm.tsx';

afterEach(cleanup);

const saved: IssueMeta = {
  editor: '',
  date: '2024-03-05',
  secrecy: '无',
  to: { 报: [], 送: [], 发: [] },
  copies: 50,
};

it('keeps the editing unit when the recipients are left right after it, before the first save comes back', () => {
  const onChange = vi.fn();
  // The parent saves asynchronously: its `meta` prop stays the old value while the user moves on.
  render(<IssueMetaForm meta={saved} onChange={onChange} />);
  const editor = screen.getByLabelText('编发单位');
  fireEvent.change(editor, { target: { value: '宣汉县人民政府办公室' } });
  fireEvent.blur(editor);
  const to = screen.getByLabelText('报送单位');
  fireEvent.change(to, { target: { value: '市政府办公室、市委办公室' } });
  fireEvent.blur(to);
  expect(onChange).toHaveBeenLastCalledWith({
    ...saved,
    editor: '宣汉县人民政府办公室',
    to: { 报: ['市政府办公室', '市委办公室'], 送: [], 发: [] },
  });
});
