import { afterEach, describe, expect, it } from 'vitest';
import { textToBriefing } from '../serialize/headless.ts';
import {
  blocksOf,
  caretAt,
  compose,
  mount,
  press,
  sawPinyin,
  startComposition,
  unmountAll,
  until,
} from './__tests__/browserHarness.tsx';

afterEach(unmountAll);

describe('BriefingEditor with a real IME: composition is never cut, lost or doubled', () => {
  it('Enter pressed inside a composition goes to the IME: no new paragraph, the text committed once', async () => {
    const { body, reports } = await mount();
    body.focus();
    await startComposition('shi');
    await press('Enter', 229); // a real IME consumes Enter while composing: keyCode 229
    await compose('shi', '事');
    await until(() => reports.at(-1)?.text === '事');
    expect(blocksOf(body)).toEqual(['事']);

    await press('Enter'); // outside a composition Enter starts a paragraph
    await compose('xiang', '项');
    await until(() => reports.at(-1)?.text === '事\n\n项');
    expect(blocksOf(body)).toEqual(['事', '项']);
    expect(sawPinyin(reports)).toBe(false);
  });

  it('composes at the start of a line before existing text', async () => {
    const { body, reports } = await mount({ initialState: textToBriefing('', '第一段\n\n已有文字') });
    await caretAt(body, 1, 0);
    await compose('zai', '在');
    await until(() => reports.at(-1)?.text === '第一段\n\n在已有文字');
    expect(blocksOf(body)).toEqual(['第一段', '在已有文字']);
    expect(sawPinyin(reports)).toBe(false);
  });

  it('composes inside a bold word: the new characters are bold and in place', async () => {
    const initialState = textToBriefing('', '推进');
    const { body, host, reports } = await mount({ initialState });
    await caretAt(body, 0, 2);
    const bold = host.querySelector<HTMLButtonElement>('button[aria-pressed]');
    bold?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    bold?.click();
    await compose('zhongdian', '重点');
    await until(() => reports.at(-1)?.text === '推进重点');
    await caretAt(body, 1, 1); // inside 重点: 重|点
    await compose('gongzuo', '工作');
    await until(() => reports.at(-1)?.text === '推进重工作点');
    expect(body.querySelector('strong, .caibian-text--bold')?.textContent).toBe('重工作点');
    expect(sawPinyin(reports)).toBe(false);
  });

  it('composes in the title and moves to the body on Enter, the change callback never seeing pinyin', async () => {
    const { title, body, reports } = await mount();
    title.focus();
    await compose('biaoti', '标题');
    await press('Enter');
    await compose('zhengwen', '正文');
    await until(() => reports.at(-1)?.text === '正文');
    expect(reports.at(-1)).toMatchObject({ title: '标题', text: '正文', titleCounts: { han: 2, total: 2 } });
    expect(title.textContent).toBe('标题');
    expect(body.textContent).toBe('正文');
    expect(sawPinyin(reports)).toBe(false);
  });

  it('never reports while a composition is open, however long it stays open', async () => {
    const { body, reports } = await mount({ changeDelay: 10 });
    body.focus();
    await startComposition('zhengwuxinxi');
    await new Promise((r) => setTimeout(r, 300));
    expect(sawPinyin(reports)).toBe(false);
    await compose('zhengwuxinxi', '政务信息');
    await until(() => reports.at(-1)?.text === '政务信息');
    expect(reports.filter((r) => r.text.includes('政务信息'))).toHaveLength(1);
  });
});
