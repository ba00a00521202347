import { readFile } from 'node:fs/promises';
import { readCsvFile, readXlsx, writeWorkbookXlsx } from '@caibian/core/io';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { chromiumForFile } from './browser.ts';

const openPage = chromiumForFile();

declare global {
  interface Window {
    __xss?: number;
    __csp?: string[];
    __inline?: number;
  }
}

/** A fresh profile whose page records CSP violations, console complaints and every request. */
async function openWatched() {
  const page = await openPage({ acceptDownloads: true });
  const requests: string[] = [];
  const complaints: string[] = [];
  // Requests of the whole profile, the worker's too; the page has made none yet.
  page.context().on('request', (request) => requests.push(request.url()));
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) complaints.push(m.text());
  });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp?.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`);
    });
  });
  await page.goto(inject('workbenchUrl'));
  return { page, requests, complaints };
}

async function loadDemo(page: Page) {
  await page.getByRole('button', { name: '载入演示数据' }).click();
  await page.getByText('当前载入的是虚构的').waitFor({ timeout: 30_000 });
}

it('runs under a strict Content-Security-Policy: every page, the worker and downloads, no other origin', async () => {
  const { page, requests, complaints } = await openWatched();
  const origin = new URL(inject('workbenchUrl')).origin;
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self';");
  expect(policy).toContain("connect-src 'self'");

  await loadDemo(page);
  const nav = page.getByRole('navigation', { name: '主导航' });
  const entries = await nav.getByRole('menuitem').allTextContents();
  expect(entries.length).toBeGreaterThanOrEqual(3);
  for (const entry of entries) {
    await nav.getByRole('menuitem', { name: entry }).click();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    expect(await page.getByText('没有这个页面').count(), entry).toBe(0);
  }

  // The import parses in a worker (worker-src) and the export downloads through a blob URL.
  await nav.getByRole('menuitem', { name: '导入导出' }).click();
  const bytes = await writeWorkbookXlsx({
    sheets: [
      { name: '单位', rows: [['单位名称'], ['甲镇']] },
      {
        name: '报送',
        rows: [
          ['编号', '标题', '报送单位', '报送日期', '报送级别'],
          ['A1', '甲镇春耕', '甲镇', '2025-03-05', '县'],
        ],
      },
    ],
  });
  await page
    .locator('input[type=file]')
    .first()
    .setInputFiles({ name: '登记簿.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  await page.getByRole('button', { name: '确认导入' }).waitFor();
  await page.getByRole('tab', { name: '导出' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /导出 Excel/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^采编台登记簿-\d{8}\.xlsx$/);

  const foreign = requests.filter(
    (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
  );
  expect(foreign).toEqual([]);
  expect(requests.length).toBeGreaterThan(3);
  expect(await page.evaluate(() => window.__csp)).toEqual([]);
  expect(complaints).toEqual([]);
});

it('refuses inline scripts and requests to other origins (the policy is in force)', async () => {
  const { page } = await openWatched();
  await page.getByRole('navigation', { name: '主导航' }).waitFor();
  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.body.append(script);
    let fetched = true;
    try {
      await fetch('http://example.com/');
    } catch {
      fetched = false;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { inline: window.__inline, fetched, violations: window.__csp ?? [] };
  });
  expect(outcome.inline).toBeUndefined();
  expect(outcome.fetched).toBe(false);
  expect(outcome.violations.some((v) => v.startsWith('script-src'))).toBe(true);
  expect(outcome.violations.some((v) => v.startsWith('connect-src'))).toBe(true);
});

const PAYLOADS = {
  unit: '<img src=x onerror=window.__xss=1>',
  title: '<script>window.__xss=2</script>城关镇春耕',
  title2: '"><svg onload=window.__xss=3>石桥镇招商',
  formula: '=HYPERLINK("http://example.com","点我")',
  body: '<img src=x onerror="window.__xss=5">正文<b>加粗</b>',
};

it('shows script and markup from an imported workbook and a restored backup as text, running none of it', async () => {
  const { page } = await openWatched();
  const nav = page.getByRole('navigation', { name: '主导航' });
  await nav.getByRole('menuitem', { name: '导入导出' }).click();
  const bytes = await writeWorkbookXlsx({
    sheets: [
      {
        name: '单位',
        rows: [
          ['单位名称', '分组'],
          [PAYLOADS.unit, '<b>组</b>'],
          ['石桥镇', '乡镇组'],
        ],
      },
      {
        name: '报送',
        rows: [
          ['编号', '标题', '报送单位', '报送日期', '报送级别'],
          ['X1', PAYLOADS.title, PAYLOADS.unit, '2025-03-05', '县'],
          ['X2', PAYLOADS.title2, '石桥镇', '2025-03-06', '市'],
          ['X3', PAYLOADS.formula, '石桥镇', '2025-03-07', '县'],
        ],
      },
      {
        name: '采用',
        rows: [
          ['编号', '采用级别', '采用刊物', '采用日期'],
          ['X1', '县', 'javascript:window.__xss=4', '2025-03-09'],
        ],
      },
    ],
  });
  await page
    .locator('input[type=file]')
    .first()
    .setInputFiles({ name: '载荷.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  await page.getByRole('button', { name: /工作表“报送”/ }).click();
  await page.getByText(PAYLOADS.title).first().waitFor();
  await page.getByRole('button', { name: '确认导入' }).click();
  await page.getByText('导入完成', { exact: true }).first().waitFor();

  // Exported cells that could run as formulas stay text: xlsx as a text cell, CSV with a leading apostrophe.
  await page.getByRole('tab', { name: '导出' }).click();
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /导出 Excel/ }).click(),
  ]);
  const book = await readXlsx(new Uint8Array(await readFile(await xlsx.path())), 'export.xlsx');
  expect(book.ok && book.value.sheets.find((s) => s.name === '报送')?.rows.some((r) => r[1] === PAYLOADS.formula)).toBe(
    true,
  );
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '报送.csv' }).click(),
  ]);
  const csvText = await readFile(await csv.path(), 'utf8');
  expect(csvText).toContain(`'${PAYLOADS.formula.replaceAll('"', '""')}`);
  expect(csvText).not.toMatch(/(^|,)=HYPERLINK/m);
  const back = readCsvFile(new Uint8Array(await readFile(await csv.path())), '报送.csv');
  expect(back.ok && back.value.sheets[0]?.rows.some((r) => r[1] === PAYLOADS.formula)).toBe(true);

  // A body holding markup, through a backup restore, then every page that may show it.
  await nav.getByRole('menuitem', { name: '设置' }).click();
  await page.getByRole('cell', { name: PAYLOADS.unit, exact: true }).waitFor();
  const [backup] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载备份' }).click(),
  ]);
  const file = JSON.parse(await readFile(await backup.path(), 'utf8'));
  for (const row of file.tables.items) row.item.body = PAYLOADS.body;
  await page
    .locator('input[type=file]')
    .first()
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^恢\s*复$/ })
    .click();
  await page.getByText(/已从备份恢复/).waitFor();

  for (const entry of ['稿件', '排名', '导入导出', '设置']) {
    await nav.getByRole('menuitem', { name: entry }).click();
    await page.waitForTimeout(500);
  }
  await nav.getByRole('menuitem', { name: '稿件' }).click();
  await page.getByText(PAYLOADS.title).first().waitFor();
  await page.goto(`${inject('workbenchUrl')}#/items/X1`);
  await page.getByText('正文<b>加粗</b>', { exact: false }).first().waitFor();
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0);
});
