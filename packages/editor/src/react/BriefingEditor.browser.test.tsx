import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import type { BriefingReport } from '../register/registerBriefingReport.ts';
import { BriefingEditor } from './BriefingEditor.tsx';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function mountEditor() {
  const reports: BriefingReport[] = [];
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(<BriefingEditor onChange={(r) => reports.push(r)} />));
  cleanups.push(() => {
    root.unmount();
    host.remove();
  });
  const body = host.querySelector<HTMLElement>('[contenteditable="true"][aria-label="正文"]');
  if (!body) throw new Error('editor body not rendered');
  body.focus();
  return { body, reports };
}

async function until(condition: () => boolean) {
  for (let i = 0; i < 100 && !condition(); i += 1) await new Promise((r) => setTimeout(r, 20));
}

describe('BriefingEditor with a real IME in Chromium', () => {
  it('keeps exactly the composed Chinese text, reported once it is committed', async () => {
    const { body, reports } = await mountEditor();
    const session = cdp();

    await session.send('Input.imeSetComposition', { text: 'cai', selectionStart: 3, selectionEnd: 3 });
    await session.send('Input.imeSetComposition', { text: 'caibian', selectionStart: 7, selectionEnd: 7 });
    await session.send('Input.insertText', { text: '采编' });
    await until(() => reports.at(-1)?.text === '采编');

    expect(body.textContent).toBe('采编');
    expect(reports.at(-1)).toMatchObject({ text: '采编', counts: { han: 2, total: 2 } });
    expect(reports.some((r) => /[a-z]/.test(r.text))).toBe(false);
  });

  it('appends a second composition after the first without doubling it', async () => {
    const { body, reports } = await mountEditor();
    const session = cdp();

    for (const [pinyin, hanzi] of [
      ['zhengwu', '政务'],
      ['xinxi', '信息'],
    ] as const) {
      await session.send('Input.imeSetComposition', {
        text: pinyin,
        selectionStart: pinyin.length,
        selectionEnd: pinyin.length,
      });
      await session.send('Input.insertText', { text: hanzi });
    }
    await until(() => reports.at(-1)?.text === '政务信息');

    expect(body.textContent).toBe('政务信息');
    expect(reports.at(-1)?.counts).toEqual({ han: 4, total: 4 });
  });
});
