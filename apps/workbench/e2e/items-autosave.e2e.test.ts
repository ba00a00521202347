import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { antdButton, chromiumForFile } from './browser.ts';

const openPage = chromiumForFile();

const button = antdButton;

async function newContextPage(): Promise<Page> {
  return openPage();
}

/** Opens a new item's editor and types its title, body and unit; returns the editor's address. */
async function draftItem(page: Page, title: string, body: string, unit: string): Promise<string> {
  await page.goto(`${inject('workbenchUrl')}#/items`);
  await page.getByRole('link', { name: button('新建信息') }).click();
  await page.getByLabel('标题', { exact: true }).click();
  await page.keyboard.type(title);
  await page.getByLabel('报送单位').click();
  await page.keyboard.type(unit);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.getByLabel('正文', { exact: true }).click();
  await page.keyboard.type(body);
  return page.url();
}

async function save(page: Page) {
  await page.getByRole('button', { name: button('保存') }).click();
}

const bodyText = (page: Page) => page.getByLabel('正文', { exact: true }).textContent();

it('loses nothing typed when the page is reloaded in the middle of typing', async () => {
  const page = await newContextPage();
  await draftItem(page, '赣榆区春耕备耕工作有序推进', '全区已落实春播面积12万亩', '赣榆区');
  await page.waitForTimeout(1000);
  await page.reload();
  await page.getByText(/已恢复未保存的草稿/).waitFor();
  expect(await bodyText(page)).toBe('全区已落实春播面积12万亩');
  expect(await page.getByLabel('标题', { exact: true }).textContent()).toBe('赣榆区春耕备耕工作有序推进');

  await save(page);
  await page.getByText('已保存（第1版）').waitFor();
  await page.getByLabel('正文', { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.type('，完成进度85%');
  await page.waitForTimeout(1000);
  await page.reload();
  await page.getByText(/已恢复未保存的草稿/).waitFor();
  expect(await bodyText(page)).toBe('全区已落实春播面积12万亩，完成进度85%');
});

it('refuses the second of two tabs saving the same item, offering to reload or keep a copy', async () => {
  const first = await newContextPage();
  const address = await draftItem(first, '东海县水晶产业电商销售额突破百亿元', '一季度电商销售额同比增长20%', '东海县');
  await save(first);
  await first.getByText('已保存（第1版）').waitFor();

  const second = await first.context().newPage();
  await second.goto(address);
  await second.getByLabel('正文', { exact: true }).waitFor();
  expect(await bodyText(second)).toBe('一季度电商销售额同比增长20%');

  await first.getByLabel('正文', { exact: true }).click();
  await first.keyboard.press('End');
  await first.keyboard.type('，带动就业3000人');
  await first.waitForTimeout(400);
  await save(first);
  await first.getByText('已保存（第2版）').waitFor();

  await second.getByLabel('正文', { exact: true }).click();
  await second.keyboard.press('End');
  await second.keyboard.type('，网店数量达1.2万家');
  await second.waitForTimeout(400);
  await save(second);
  const conflict = second.locator('.ant-modal:visible');
  await conflict.getByText('保存冲突：稿件已在其他窗口保存').waitFor();
  expect(await conflict.textContent()).toContain('为避免覆盖他人的修改，本次未保存');

  await conflict.getByRole('button', { name: button('保留副本') }).click();
  await second.getByText('已另存为新稿件').waitFor();
  await second.waitForURL((url) => url.toString() !== address);
  await second.getByLabel('正文', { exact: true }).waitFor();
  expect(await bodyText(second)).toBe('一季度电商销售额同比增长20%，网店数量达1.2万家');
  expect(await second.getByLabel('标题', { exact: true }).textContent()).toBe(
    '东海县水晶产业电商销售额突破百亿元（副本）',
  );

  await first.reload();
  await first.getByLabel('正文', { exact: true }).waitFor();
  expect(await bodyText(first)).toBe('一季度电商销售额同比增长20%，带动就业3000人');
  expect(await first.getByText(/已恢复未保存的草稿/).count()).toBe(0);
});

it('reloads what the other tab saved when the user chooses 重新载入', async () => {
  const first = await newContextPage();
  const address = await draftItem(first, '灌云县开展安全生产大检查', '检查企业126家', '灌云县');
  await save(first);
  await first.getByText('已保存（第1版）').waitFor();
  const second = await first.context().newPage();
  await second.goto(address);
  await second.getByLabel('正文', { exact: true }).waitFor();

  await first.getByLabel('正文', { exact: true }).click();
  await first.keyboard.press('End');
  await first.keyboard.type('，整改隐患58处');
  await first.waitForTimeout(400);
  await save(first);
  await first.getByText('已保存（第2版）').waitFor();

  await second.getByLabel('正文', { exact: true }).click();
  await second.keyboard.type('另：');
  await second.waitForTimeout(400);
  await save(second);
  const conflict = second.locator('.ant-modal:visible');
  await conflict.getByRole('button', { name: button('重新载入') }).click();
  await expect.poll(() => bodyText(second)).toBe('检查企业126家，整改隐患58处');
});
