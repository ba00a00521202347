// Steps of an item's life in the editor, shared by the item flows: draft it, save it, sign it off.
import type { Page } from 'playwright-core';
import { antdButton } from './browser.ts';

/** The dialog on top. */
export const dialog = (page: Page) => page.locator('.ant-modal:visible');

/** Starts a new item from the list and types its title, body and unit; returns the item's id. */
export async function draftItem(page: Page, title: string, body: string, unit: string): Promise<string> {
  await page.getByRole('link', { name: antdButton('新建信息') }).click();
  await page.getByLabel('标题', { exact: true }).click();
  await page.keyboard.type(title);
  await page.getByLabel('正文', { exact: true }).click();
  await page.keyboard.type(body);
  await page.getByLabel('报送单位').click();
  await page.keyboard.type(unit);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  return decodeURIComponent(new URL(page.url()).hash.replace('#/items/', ''));
}

/** Saves the item and waits for its revision number. */
export async function save(page: Page, revision: number): Promise<void> {
  await page.getByRole('button', { name: antdButton('保存') }).click();
  await page.getByText(`已保存（第${revision}版）`).waitFor();
}

/** Signs the item under review off (签发) in `leader`'s name. */
export async function signOff(page: Page, leader: string): Promise<void> {
  await page.getByRole('button', { name: antdButton('签发') }).click();
  await dialog(page).getByLabel('签发领导').fill(leader);
  await dialog(page)
    .getByRole('button', { name: antdButton('签发') })
    .click();
  await page.getByText(`签发人：${leader}`).waitFor();
}
