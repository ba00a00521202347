import type { Page } from 'playwright-core';

/**
 * Imports the rankings demo records through the app's own import path (the test-data page of the
 * rankings feature, not in the menu) and waits until they are stored and the ranking worker reloaded.
 */
export async function seedRankingsDemo(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}#/rankings/seed?data=demo&auto=1`);
  await page.getByText('导入完成').waitFor({ timeout: 30_000 });
}

/** Picks `option` in the antd Select labelled `label`. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}
