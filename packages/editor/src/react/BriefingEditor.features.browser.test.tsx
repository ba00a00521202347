import { checkNorms } from '@caibian/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { BriefingEditorApi } from '../register/insertText.ts';
import type { NormsCheck, NormsFinding } from '../register/normsFindings.ts';
import type { SimilarItem } from '../register/registerDuplicateCheck.ts';
import { NORMS_HIGHLIGHT } from '../register/registerNorms.ts';
import { textToBriefing } from '../serialize/headless.ts';
import {
  blocksOf,
  caretAt,
  compose,
  mount,
  sawPinyin,
  startComposition,
  typeText,
  unmountAll,
  until,
} from './__tests__/browserHarness.tsx';

afterEach(unmountAll);

/** A one-rule stand-in for core's checkNorms: an ASCII comma after a Chinese character. */
function commaCheck(seen: string[]): NormsCheck {
  return ({ title, body }) => {
    seen.push(title + body);
    const findings: NormsFinding[] = [];
    for (const [part, text] of [
      ['title', title],
      ['body', body],
    ] as const) {
      for (const match of text.matchAll(/(?<=\p{Script=Han}),/gu)) {
        const start = match.index;
        findings.push({
          rule: 'halfwidth-punct',
          part,
          start,
          end: start + 1,
          text: ',',
          message: '中文中应使用全角逗号“，”',
          fix: '，',
        });
      }
    }
    return findings;
  };
}

const highlightSize = () => CSS.highlights.get(NORMS_HIGHLIGHT)?.size ?? 0;

describe('BriefingEditor genre features in Chromium', () => {
  it('underlines a norms finding, explains it on hover, and fixes it in one click', async () => {
    const seen: string[] = [];
    const { host, body, reports } = await mount({ checkNorms: commaCheck(seen) });
    body.focus();
    await compose('jintiankaihui', '今天开会');
    await typeText(',');
    await compose('mingtian', '明天');
    await until(() => highlightSize() === 1);
    expect(seen.some((text) => /[a-z]/.test(text))).toBe(false); // never checked mid-composition
    expect(host.querySelector('[data-rule="halfwidth-punct"]')?.textContent).toContain('全角逗号');

    const range = [...(CSS.highlights.get(NORMS_HIGHLIGHT) ?? [])][0] as Range;
    const rect = range.getBoundingClientRect();
    // the pointer over the underlined comma (coordinates of the test frame)
    body.dispatchEvent(
      new MouseEvent('mousemove', {
        bubbles: true,
        clientX: rect.left + rect.width / 2,
        clientY: rect.top + rect.height / 2,
      }),
    );
    await until(() => host.querySelector('[role="tooltip"]') !== null);
    expect(host.querySelector('[role="tooltip"]')?.textContent).toContain('全角逗号');

    const fix = [...host.querySelectorAll<HTMLButtonElement>('.caibian-norms button')].find((b) =>
      b.textContent?.includes('，'),
    );
    fix?.click();
    await until(() => reports.at(-1)?.text === '今天开会，明天' && highlightSize() === 0);
    expect(body.textContent).toBe('今天开会，明天');
    expect(JSON.stringify(reports.at(-1)?.state)).not.toContain('halfwidth'); // underlines are not content
  });

  it('read-only: shows the item with its findings and comments, and nothing can change it', async () => {
    const api: { current: BriefingEditorApi | null } = { current: null };
    const initialState = {
      ...textToBriefing('今天开会,明天', '会议决定,下周检查。'),
      comments: [
        {
          id: 'c1',
          quote: '下周',
          text: '日期要具体',
          author: '王科长',
          createdAt: '2024-03-04T09:00:00Z',
          resolved: false,
        },
      ],
    };
    const { host, title, body, reports } = await mount({
      initialState,
      readOnly: true,
      checkNorms: commaCheck([]),
      review: true,
      apiRef: api,
    });
    await until(() => host.querySelectorAll('[data-rule="halfwidth-punct"]').length === 2);
    expect(title.getAttribute('contenteditable')).toBe('false');
    expect(body.getAttribute('contenteditable')).toBe('false');
    body.focus();
    await typeText('补充一句');
    title.focus();
    await typeText('补充');
    expect(api.current?.insertText('素材')).toBe(false);
    await new Promise((r) => setTimeout(r, 150));
    expect(body.textContent).toBe('会议决定,下周检查。');
    expect(title.textContent).toBe('今天开会,明天');
    expect(reports.every((r) => r.text === '会议决定,下周检查。')).toBe(true);
    // Findings and comments are shown, without the actions that would change the text.
    expect(host.querySelector('[role="toolbar"]')).toBeNull();
    expect(host.querySelectorAll('.caibian-norms button')).toHaveLength(0);
    expect(host.querySelector('[data-comment-id="c1"]')?.textContent).toContain('日期要具体');
    expect([...host.querySelectorAll('.caibian-review button')].some((b) => b.textContent?.includes('解决'))).toBe(
      false,
    );
  });

  it('shows similar existing items while typing, dropping stale results', async () => {
    const calls: string[] = [];
    const findSimilar = (_title: string, text: string): Promise<SimilarItem[]> => {
      calls.push(text);
      const first = calls.length === 1;
      return new Promise((resolve) =>
        setTimeout(
          () => resolve([{ id: first ? 'old' : 'new', title: first ? '过时的结果' : '我县召开防汛会议' }]),
          first ? 600 : 10,
        ),
      );
    };
    const { host, body } = await mount({ findSimilar });
    body.focus();
    await compose('woxianzhaokaifangxunkanghan', '我县召开防汛抗旱');
    await until(() => calls.length === 1);
    await compose('gongzuohuiyi', '工作会议');
    await until(() => host.querySelector('.caibian-similar')?.textContent?.includes('我县召开防汛会议') === true);
    await new Promise((r) => setTimeout(r, 700));
    expect(host.querySelector('.caibian-similar')?.textContent).not.toContain('过时的结果');
    expect(calls.every((text) => !/[a-z]/.test(text))).toBe(true);
  });

  it('pastes from Word keeping paragraphs and headings, dropping styles', async () => {
    const { body, reports } = await mount();
    body.focus();
    const data = new DataTransfer();
    data.setData(
      'text/html',
      "<p class=MsoNormal style='color:red;font-family:仿宋'>一、基本情况</p><p style='text-indent:2em'>　　全县<b>共有</b>水库12座。</p><p><o:p>&nbsp;</o:p></p>",
    );
    data.setData('text/plain', '一、基本情况\r\n全县共有水库12座。');
    body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    await until(() => reports.at(-1)?.text === '一、基本情况\n\n全县共有水库12座。');
    expect(blocksOf(body).filter((t) => t !== '')).toEqual(['一、基本情况', '全县共有水库12座。']);
    expect(body.querySelector('h2[data-level="1"]')?.textContent).toBe('一、基本情况');
    expect(body.innerHTML).not.toMatch(/color|仿宋|text-indent/);
  });

  it('anchors a review comment to selected text, lists it, and resolves it', async () => {
    const { host, body, reports } = await mount({
      initialState: textToBriefing('', '全县粮食增产5%。'),
      review: true,
      reviewer: '王科长',
      now: () => new Date('2024-07-01T08:00:00Z'),
      newId: () => 'c1',
    });
    await caretAt(body, 0, 2);
    const selection = document.getSelection();
    selection?.extend(selection.anchorNode as Node, 6);
    await new Promise((r) => setTimeout(r, 50));
    const add = [...host.querySelectorAll('button')].find((b) => b.textContent === '添加批注');
    add?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    add?.click();
    await until(() => host.querySelector('textarea') !== null);
    const textarea = host.querySelector('textarea') as HTMLTextAreaElement;
    textarea.focus();
    await typeText('请核实增幅');
    (host.querySelector('.caibian-review button[type="submit"]') as HTMLButtonElement).click();
    await until(() => reports.at(-1)?.state.comments?.length === 1);
    expect(reports.at(-1)?.state.comments?.[0]).toMatchObject({
      id: 'c1',
      quote: '粮食增产',
      text: '请核实增幅',
      author: '王科长',
      resolved: false,
    });
    expect(body.querySelector('mark')?.textContent).toBe('粮食增产');

    [...host.querySelectorAll('button')].find((b) => b.textContent === '解决')?.click();
    await until(() => reports.at(-1)?.state.comments?.[0]?.resolved === true && body.querySelector('mark') === null);
    expect(body.textContent).toBe('全县粮食增产5%。');
    expect(sawPinyin(reports)).toBe(false);
  });

  it('compares a saved version with the current draft, showing insertions and deletions', async () => {
    const versions = [{ id: 'v1', label: '初稿', state: textToBriefing('标题', '全市完成投资5亿元') }];
    const { host } = await mount({ initialState: textToBriefing('标题', '全县完成投资6亿元'), versions });
    const diff = host.querySelector('[data-testid="caibian-diff"]');
    expect(diff?.querySelector('del')?.textContent).toBe('市');
    expect([...(diff?.querySelectorAll('ins') ?? [])].map((e) => e.textContent)).toEqual(['县', '6']);
  });

  it('shows live counts of title and body in Chinese, not during a composition', async () => {
    const { host, body } = await mount({ initialState: textToBriefing('我县召开会议', '全市GDP增长5.2%。') });
    const counts = () => host.querySelector('[data-testid="caibian-counts"]')?.textContent ?? '';
    await until(() => counts().includes('正文 12 字（汉字 4）'));
    expect(counts()).toContain('标题 6 字（汉字 6）');
    await caretAt(body, 0, 0);
    await startComposition('xin');
    await new Promise((r) => setTimeout(r, 400));
    expect(counts()).toContain('正文 12 字');
    await compose('xin', '新');
    await until(() => counts().includes('正文 13 字（汉字 5）'));
  });

  it("with core's checkNorms: underlines every block's findings, takes them out while typing, checks again after", async () => {
    const body1 = ['投资5-10万元。', '增长30-40%。', '一是压实责任。'].join('\n\n');
    const { host, body, reports } = await mount({ initialState: textToBriefing('标题', body1), checkNorms });
    await until(() => highlightSize() === 2);
    expect(host.querySelectorAll('.caibian-norms li')).toHaveLength(2);
    await caretAt(body, 2, 0);
    await typeText('近5-8年');
    expect(highlightSize()).toBe(0); // out while typing: no underline costs a keystroke
    await until(() => highlightSize() === 3 && reports.at(-1)?.text.includes('近5-8年') === true);
    expect([...host.querySelectorAll('.caibian-norms li')].map((li) => li.getAttribute('data-rule'))).toEqual([
      'range',
      'range',
      'range',
    ]);
  });
});
