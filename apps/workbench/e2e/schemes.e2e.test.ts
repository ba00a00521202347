import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumForFile } from './browser.ts';
import { seedRankingsDemo } from './rankingsSeed.ts';

const openPage = chromiumForFile();
let page: Page;
/** The score column of the preview, in rank order. */
const previewScores = async () =>
  page.locator('[aria-label="预览排名"] tbody tr.ant-table-row td:nth-child(3)').allTextContents();

beforeAll(async () => {
  page = await openPage({ viewport: { width: 1500, height: 1000 } });
  await seedRankingsDemo(page, inject('workbenchUrl'));
  await page.goto(`${inject('workbenchUrl')}#/schemes`);
  await page.locator('[aria-label="预览排名"] tbody tr.ant-table-row').first().waitFor();
});

describe('计分办法', () => {
  it('shows an invalid value with its Chinese error at the field', async () => {
    const id = page.locator('#scheme_adoptions_rules_0_id');
    await id.fill('昨日 简讯');
    const item = page.locator('.ant-form-item', { has: id });
    await item.getByText('编号只能由字母、数字、点、下划线和连字符组成').waitFor();
    await page.getByText(/有 \d+ 处问题/).waitFor();
    expect(await page.getByRole('button', { name: '保存办法' }).isDisabled()).toBe(true);
    await id.fill('city-zrqk-brief');
    await item.getByText('编号只能由字母、数字、点、下划线和连字符组成').waitFor({ state: 'detached' });
    await page.getByText('办法有效').waitFor();
  });

  it('reports reversed effective dates at the end date', async () => {
    await page.locator('#scheme_effective_from').fill('2024-12-01');
    await page.locator('#scheme_effective_to').fill('2024-01-01');
    await page.getByText('生效日期的起始日期晚于截止日期').waitFor();
    await page.locator('#scheme_effective_from').fill('');
    await page.locator('#scheme_effective_to').fill('');
    await page.getByText('办法有效').waitFor();
  });

  it('updates the ranking preview live after a valid change', async () => {
    const before = await previewScores();
    // 《昨日情况》 3 → 30 points: every unit with such adoptions moves up tenfold.
    const points = page.locator('#scheme_adoptions_rules_1_points');
    await points.fill('30');
    await expect.poll(previewScores, { timeout: 10_000 }).not.toEqual(before);
    const after = (await previewScores()).map(Number);
    expect(Math.max(...after)).toBeGreaterThan(Math.max(...before.map(Number)));
  });

  it('shows the JSON view with errors at their lines, and saves a valid scheme', async () => {
    await page.getByRole('tab', { name: 'JSON' }).click();
    const json = page.getByLabel('办法JSON');
    const text = await json.inputValue();
    expect(text).toContain('"points": 30');
    await json.fill(text.replace('"points": 30', '"points": "三十"'));
    const problem = page.locator('[aria-label="JSON问题"]');
    await problem.getByText(/第\d+行 \$\.adoptions\.rules\[1\]\.points：/).waitFor();
    await json.fill(text);
    await page.getByText('办法有效').waitFor();
    await page.getByRole('tab', { name: '表单' }).click();
    expect(await page.locator('#scheme_adoptions_rules_1_points').inputValue()).toBe('30');
    await page.getByRole('button', { name: '保存办法' }).click();
    await page.getByText(/已保存“连云港市政务信息工作考核办法（本办）”第1版/).waitFor();
    await page.getByText(/^预览：2024年6月/).waitFor();
  });

  it('offers the saved scheme on the 排名 page', async () => {
    await page.goto(`${inject('workbenchUrl')}#/rankings`);
    await page.locator('[data-ranking]').waitFor();
    await page.getByLabel('计分办法', { exact: true }).click();
    await page.locator('.ant-select-item-option', { hasText: '（本办，第1版）' }).first().click();
    await expect.poll(() => page.locator('[data-ranking]').textContent()).toContain('（本办）');
  });
});
