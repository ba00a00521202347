import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumForFile } from './browser.ts';
import { seedRankingsDemo } from './rankingsSeed.ts';

const openPage = chromiumForFile();
let page: Page;

beforeAll(async () => {
  page = await openPage({ acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
  await seedRankingsDemo(page, inject('workbenchUrl'));
  await page.goto(`${inject('workbenchUrl')}#/rankings`);
  await page.locator('[data-chart$="排名"] .recharts-bar-rectangle path').first().waitFor();
});

/** Clicks `name` and returns the download's file name and bytes. */
async function download(name: string | RegExp): Promise<{ file: string; bytes: Buffer }> {
  const [event] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).first().click(),
  ]);
  const path = await event.path();
  return { file: event.suggestedFilename(), bytes: await readFile(path) };
}

describe('exports of the 排名 page', () => {
  it('the notice as xlsx and docx, named after the period', async () => {
    const xlsx = await download('导出通报（Excel）');
    expect(xlsx.file).toBe('2024年6月政务信息工作排名通报.xlsx');
    expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
    expect(xlsx.bytes.length).toBeGreaterThan(2_000);
    const docx = await download('导出通报（Word）');
    expect(docx.file).toBe('2024年6月政务信息工作排名通报.docx');
    expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');
    expect(docx.bytes.length).toBeGreaterThan(2_000);
  });

  it('a chart as SVG with its Chinese labels and CJK fonts declared', async () => {
    const svg = await download(/排名 导出SVG$/);
    expect(svg.file).toBe('2024年6月县区组排名.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('<svg');
    expect(text).toContain('灌云县');
    expect(text).toContain('海州区');
    expect(text).toContain('Noto Sans CJK SC');
  });

  it('a chart as PNG', async () => {
    const png = await download(/排名 导出PNG$/);
    expect(png.file).toBe('2024年6月县区组排名.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.length).toBeGreaterThan(5_000);
  });
});
