import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumForFile } from './browser.ts';
import { choose, seedRankingsDemo } from './rankingsSeed.ts';

const openPage = chromiumForFile();
let page: Page;
const status = () => page.locator('[data-ranking]');
const closeDrawer = async () => {
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
};

beforeAll(async () => {
  page = await openPage({ viewport: { width: 1400, height: 1000 } });
  await seedRankingsDemo(page, inject('workbenchUrl'));
  await page.goto(`${inject('workbenchUrl')}#/rankings`);
});

describe('排名', () => {
  it('opens on the latest month with bars, our unit highlighted, and the same figures in a table', async () => {
    await expect.poll(() => status().textContent()).toContain('2024年6月 · 县区组');
    expect(await status().textContent()).toContain('灌云县第');
    const bars = page.locator('[data-chart$="排名"] .recharts-bar-rectangle path');
    await bars.first().waitFor();
    const fills = await bars.evaluateAll((els) => els.map((e) => e.getAttribute('fill')));
    expect(fills.length).toBeGreaterThan(1);
    expect(fills.filter((f) => f === '#cf1322')).toHaveLength(1);
    const table = page.getByRole('region', { name: /排名数据表$/ });
    expect(await table.getByRole('row').count()).toBeGreaterThanOrEqual(7);
    await page.getByRole('img', { name: /名次走势图$/ }).waitFor();
    await page.getByRole('img', { name: /目标进度图$/ }).waitFor();
  });

  it('changes the period to a quarter and the group to 部门组', async () => {
    await page.getByText('季度', { exact: true }).click();
    await choose(page, '选择季度', '第一季度');
    await expect.poll(() => status().textContent()).toContain('2024年第一季度 · 县区组');
    await choose(page, '分组', '部门组');
    await expect.poll(() => status().textContent()).toContain('2024年第一季度 · 部门组');
    const table = page.getByRole('table').filter({ hasText: '市教育局' }).last();
    await table.waitFor();
    await choose(page, '分组', '县区组');
    await expect.poll(() => status().textContent()).toContain('2024年第一季度 · 县区组');
  });

  it('drills down into a unit: each record, the clause that applied and its points', async () => {
    await page.locator('[aria-label="完整排名"] tr', { hasText: '海州区' }).first().click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('海州区 2024年第一季度得分明细').waitFor();
    await drawer.locator('tbody tr.ant-table-row').first().waitFor();
    const text = await drawer.textContent();
    expect(text).toMatch(/《昨日情况》采用|市《专报信息》/);
    expect(text).toContain('来自浦东街道');
    await closeDrawer();
  });

  it('opens the ledger from a bar of the chart', async () => {
    await page.locator('[data-chart$="排名"] .recharts-bar-rectangle path').first().click();
    await page
      .getByRole('dialog')
      .getByText(/得分明细$/)
      .first()
      .waitFor();
    await page.keyboard.press('Escape');
  });

  it('what if: the same records under another scheme, with the units whose rank changes marked', async () => {
    await page.getByRole('tab', { name: '换用办法对比' }).click();
    const summary = page.getByText(/个单位名次发生变化/);
    await summary.waitFor();
    expect(await summary.textContent()).toContain('六安市');
    const changed = Number(/有 (\d+) 个单位/.exec((await summary.textContent()) ?? '')?.[1]);
    expect(changed).toBeGreaterThan(0);
    expect(await page.locator('tr[data-changed="true"]').count()).toBe(changed);
    await choose(page, '对比办法', '连云港市政务信息工作考核办法');
    await expect.poll(() => summary.textContent()).toContain('有 0 个单位');
    await page.getByRole('tab', { name: '排名与图表' }).click();
  });
});
