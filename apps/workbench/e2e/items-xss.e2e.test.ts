import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { antdButton, chromiumForFile } from './browser.ts';
import { draftItem, save } from './itemSteps.ts';

const openPage = chromiumForFile();

const button = antdButton;

const TITLE = '<img src=x onerror=window.__xss=1>我县召开会议';
const BODY = '<script>window.__xss=2</script><img src=x onerror=window.__xss=3>';
const UNIT = '<img src=x onerror=window.__xss=4>办公室';
const OFFICE = '<svg onload=window.__xss=5>';

const ran = (page: Page) => page.evaluate(() => (window as { __xss?: unknown }).__xss);

it('shows markup and script typed in titles, bodies, unit and office names as text and never runs it', async () => {
  const page = await openPage();
  await page.goto(`${inject('workbenchUrl')}#/items`);
  await draftItem(page, TITLE, BODY, UNIT);
  await save(page, 1);

  await page.getByRole('button', { name: button('送审') }).click();
  await page.getByText('已送审').waitFor();
  await page.getByRole('button', { name: button('签发') }).click();
  const dialog = page.locator('.ant-modal:visible');
  await dialog.getByLabel('签发领导').fill('<b onmouseover=window.__xss=6>王</b>');
  await dialog.getByRole('button', { name: button('签发') }).click();
  await page.getByText('签发人：<b onmouseover=window.__xss=6>王</b>').waitFor();
  await page.getByRole('button', { name: button('报送') }).click();
  await dialog.getByLabel('报送机关1').fill(OFFICE);
  await dialog.getByRole('button', { name: button('报送') }).click();
  await page.getByRole('cell', { name: OFFICE, exact: true }).waitFor();

  await page.reload();
  await page.getByLabel('正文', { exact: true }).waitFor();
  expect(await page.getByLabel('标题', { exact: true }).textContent()).toBe(TITLE);
  expect(await page.getByLabel('正文', { exact: true }).textContent()).toBe(BODY);

  await page.goto(`${inject('workbenchUrl')}#/items`);
  const row = page.getByRole('row', { name: /我县召开会议/ });
  await row.waitFor();
  expect(await row.textContent()).toContain(TITLE);
  expect(await row.textContent()).toContain(UNIT);

  await page.getByLabel('搜索稿件').fill('召开会议');
  await page.getByLabel('搜索稿件').press('Enter');
  await page.locator('mark').first().waitFor();
  expect(await row.textContent()).toContain(TITLE);

  expect(await page.locator('img[src="x"], svg[onload], script:not([src]):has-text("__xss")').count()).toBe(0);
  expect(await ran(page)).toBeUndefined();
});
