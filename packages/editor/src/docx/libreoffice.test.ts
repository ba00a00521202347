// @vitest-environment node
// Renders a bulletin with LibreOffice (Debian's libreoffice-writer-nogui) and reads the PDF back with poppler's
// pdftotext. The docx names the official fonts; on a machine without them LibreOffice substitutes (fonts-noto-cjk).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { anIssue, anItem } from './__tests__/readDocx.ts';
import { bulletinToDocx } from './bulletinToDocx.ts';
import { PAGE } from './layout.ts';

const INSTALL = 'sudo apt-get install -y libreoffice-writer-nogui poppler-utils';

function run(tool: string, args: readonly string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8', timeout: 120_000 });
  if (result.error && 'code' in result.error && result.error.code === 'ENOENT') {
    throw new Error(`未找到 ${tool}：版式测试要用 LibreOffice 把 Word 文件转成 PDF 再检查。请安装：${INSTALL}`);
  }
  if (result.status !== 0) throw new Error(`${tool} 运行失败（${result.status}）：${result.stderr}`);
  return result.stdout;
}

// 28 characters; three of them make a paragraph of three full lines (the first indented by two) and a short one.
const LINE = '今年以来我市坚持把优化营商环境作为一把手工程全面推进改革';
const PARAGRAPH = `${LINE}，${LINE}，${LINE}。`;

const issue = anIssue({
  items: [
    anItem('我市新增市场主体1.2万户', [PARAGRAPH, '一、主要做法', PARAGRAPH, PARAGRAPH].join('\n\n')),
    anItem('县区政务服务事项网上可办率达98.6%', [PARAGRAPH, PARAGRAPH].join('\n\n'), '市政务服务中心'),
  ],
});

const dir = mkdtempSync(join(tmpdir(), 'caibian-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function renderPdf(): Promise<string> {
  const docx = join(dir, 'bulletin.docx');
  writeFileSync(docx, await bulletinToDocx(issue));
  // A profile of its own: no clash with a LibreOffice the user has open, and no first-start dialogs.
  const profile = pathToFileURL(join(dir, 'profile')).href;
  run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx]);
  return join(dir, 'bulletin.pdf');
}

/** The text of one page in reading order, spaces as set (`-raw` keeps the narrow ones of "— 1 —"). */
function pageText(pdf: string, page: number): string {
  return run('pdftotext', ['-f', String(page), '-l', String(page), '-raw', pdf, '-']);
}

/** Word boxes of one page, in points from the top left. */
function words(pdf: string, page: number): { text: string; xMin: number; xMax: number; yMax: number }[] {
  const bbox = run('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', pdf, '-']);
  return [...bbox.matchAll(/xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
    text: m[4] ?? '',
    xMin: Number(m[1]),
    xMax: Number(m[2]),
    yMax: Number(m[3]),
  }));
}

const pt = (twips: number) => twips / 20;

describe('a bulletin rendered by LibreOffice', () => {
  it('has two pages with the text, "— N —" page numbers and the 报尾 at the foot of the last page', async () => {
    const pdf = await renderPdf();
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]);
    expect(pages).toBe(2);

    const first = pageText(pdf, 1);
    const compact = (text: string) => text.replace(/\s/g, '');
    for (const text of ['政务信息', '〔2024〕第12期', '2024年3月5日', '我市新增市场主体1.2万户', '一、主要做法']) {
      expect(compact(first)).toContain(text);
    }
    expect(first).toContain('— 1 —');
    const last = pageText(pdf, 2);
    expect(last).toContain('— 2 —');
    expect(compact(last)).toContain('县区政务服务事项网上可办率达98.6%');
    expect(compact(last)).toMatch(/报：省政府办公厅。.*共印50份/s);

    // 28 characters to a line: the first line of a paragraph holds 26 after its two-character indent.
    const lines = first.split('\n').map(compact);
    expect(lines).toContain(PARAGRAPH.slice(0, 26));
    expect(lines).toContain(PARAGRAPH.slice(26, 54));

    // Page numbers stand one character in from the right edge of the text block on odd pages, the left on even.
    const textRight = pt(PAGE.left + PAGE.textWidth);
    const oddDash = words(pdf, 1)
      .filter((w) => w.text === '—')
      .at(-1);
    expect(oddDash?.xMax).toBeCloseTo(textRight - 14, -1);
    const evenDash = words(pdf, 2).find((w) => w.text === '—');
    expect(evenDash?.xMin).toBeCloseTo(pt(PAGE.left) + 14, -1);

    // The 报尾 ends in the last grid line of the text block.
    const copies = words(pdf, 2).find((w) => w.text.startsWith('共印'));
    const textBottom = pt(PAGE.top + PAGE.textHeight);
    expect(copies?.yMax).toBeGreaterThan(textBottom - pt(PAGE.linePitch));
    expect(copies?.yMax).toBeLessThanOrEqual(textBottom + 1);
  }, 120_000);

  it('embeds CJK fonts for the Chinese text (the official fonts substituted, not dropped)', async () => {
    const pdf = join(dir, 'bulletin.pdf');
    if (!existsSync(pdf)) await renderPdf();
    expect(run('pdffonts', [pdf])).toMatch(/CJK/);
  }, 120_000);
});
