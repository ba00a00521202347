// Helpers of the browser tests: mount the editor, drive a real IME through the DevTools protocol.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { cdp } from 'vitest/browser';
import type { BriefingReport } from '../../register/registerBriefingReport.ts';
import { BriefingEditor, type BriefingEditorProps } from '../BriefingEditor.tsx';

const cleanups: (() => void)[] = [];

/** Unmounts everything mounted by {@link mount}; call in `afterEach`. */
export function unmountAll(): void {
  for (const cleanup of cleanups.splice(0)) cleanup();
}

/** Mounts a BriefingEditor; returns its title and body elements and every report it made. */
export async function mount(props: BriefingEditorProps = {}) {
  const reports: BriefingReport[] = [];
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () =>
    root.render(
      <BriefingEditor
        changeDelay={50}
        {...props}
        onChange={(report) => {
          reports.push(report);
          props.onChange?.(report);
        }}
      />,
    ),
  );
  cleanups.push(() => {
    root.unmount();
    host.remove();
  });
  const find = (label: string) => {
    const element = host.querySelector<HTMLElement>(`[contenteditable][aria-label="${label}"]`);
    if (!element) throw new Error(`${label} not rendered`);
    return element;
  };
  return { host, title: find('标题'), body: find('正文'), reports };
}

/** Waits until `condition` holds (at most 5 s). */
export async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 250 && !condition(); i += 1) await new Promise((r) => setTimeout(r, 20));
  if (!condition()) throw new Error('condition not met in time');
}

/** A real IME session: pinyin shown while composing, then the chosen characters committed. */
export async function compose(pinyin: string, hanzi: string): Promise<void> {
  const session = cdp();
  for (let i = 1; i <= pinyin.length; i += 1) {
    await session.send('Input.imeSetComposition', { text: pinyin.slice(0, i), selectionStart: i, selectionEnd: i });
  }
  await session.send('Input.insertText', { text: hanzi });
}

/** Starts a composition and leaves it open. */
export async function startComposition(pinyin: string): Promise<void> {
  await cdp().send('Input.imeSetComposition', {
    text: pinyin,
    selectionStart: pinyin.length,
    selectionEnd: pinyin.length,
  });
}

/** Presses a key through the DevTools protocol, as the keyboard does. */
export async function press(key: 'Enter', keyCode = 13, text = '\r'): Promise<void> {
  const session = cdp();
  await session.send('Input.dispatchKeyEvent', {
    type: keyCode === 229 ? 'rawKeyDown' : 'keyDown',
    key,
    code: key,
    windowsVirtualKeyCode: keyCode,
    ...(keyCode === 229 ? {} : { text, unmodifiedText: text }),
  });
  await session.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code: key, windowsVirtualKeyCode: keyCode });
}

/** Types text without an IME (as a paste of keystrokes). */
export async function typeText(text: string): Promise<void> {
  await cdp().send('Input.insertText', { text });
}

/** Puts the caret at `offset` in the `index`-th text node under `element`, and lets Lexical see it. */
export async function caretAt(element: HTMLElement, index: number, offset: number): Promise<void> {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  for (let i = 0; i < index && node; i += 1) node = walker.nextNode();
  if (!node) throw new Error(`no text node ${index}`);
  element.focus();
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  await new Promise((r) => setTimeout(r, 50));
}

/** Paragraph-level texts of the body as the user sees them. */
export function blocksOf(body: HTMLElement): string[] {
  return [...body.children].map((child) => child.textContent ?? '');
}

/** Whether a report shows any Latin letter (pinyin) in the title or body. */
export const sawPinyin = (reports: readonly BriefingReport[]) =>
  reports.some((r) => /[a-z]/.test(r.text) || /[a-z]/.test(r.title));
