import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { chromiumForFile } from './browser.ts';
import { readRows } from './readRows.ts';

const openPage = chromiumForFile();

/** How many rows (and scoring records) each table of the page's database holds. */
async function counts(page: Page): Promise<Record<string, number>> {
  const tables = await readRows(page, ['units', 'items', 'recordSegments', 'commissions', 'urgentEvents', 'settings']);
  const out: Record<string, number> = {};
  for (const [name, rows] of Object.entries(tables) as [string, { records?: unknown[]; key?: string }[]][]) {
    out[name] = name === 'recordSegments' ? rows.reduce((n, r) => n + (r.records?.length ?? 0), 0) : rows.length;
    if (name === 'settings') out.demoManifest = rows.filter((r) => r.key === 'demo').length;
  }
  return out;
}

it('offers demo data on a first run, marks it clearly, and removes all of it in one click', async () => {
  const page = await openPage();
  await page.goto(inject('workbenchUrl'));
  await page.getByText('数据库还是空的').waitFor();
  await page.getByRole('button', { name: '载入演示数据' }).click();
  const banner = page.getByRole('status', { name: '演示数据提示' });
  await banner.getByText('演示数据', { exact: true }).waitFor({ timeout: 30_000 });
  const loaded = await counts(page);
  expect(loaded).toMatchObject({ units: 12, commissions: expect.any(Number), urgentEvents: 4, demoManifest: 1 });
  expect(loaded.items).toBeGreaterThan(180);
  expect(loaded.recordSegments).toBeGreaterThan(500);

  // Marked on every page, across a reload, with the county's units in the settings.
  await page.reload();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '设置' }).click();
  await banner.waitFor();
  await page.getByRole('cell', { name: '石桥镇工业园区信息直报点', exact: true }).waitFor();
  await page.getByText('演示数据已载入').waitFor();

  await banner.getByRole('button', { name: '删除演示数据' }).click();
  await page
    .getByRole('tooltip')
    .getByRole('button', { name: /^删\s*除$/ })
    .click();
  await page.getByText(/已删除全部演示数据/).waitFor();
  await banner.waitFor({ state: 'detached' });
  expect(await counts(page)).toEqual({
    units: 0,
    items: 0,
    recordSegments: 0,
    commissions: 0,
    urgentEvents: 0,
    settings: 1,
    demoManifest: 0,
  });
  await page.reload();
  await page.getByText('备份与恢复').waitFor();
  await page.waitForTimeout(500);
  expect(await page.getByText('数据库还是空的').count()).toBe(0);
});
