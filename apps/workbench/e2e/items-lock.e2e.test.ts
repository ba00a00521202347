import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { antdButton, chromiumForFile } from './browser.ts';
import { dialog, draftItem, save, signOff } from './itemSteps.ts';

const openPage = chromiumForFile();

const button = antdButton;
const body = (page: Page) => page.getByLabel('正文', { exact: true });

it('locks an item once it is signed off (签发), and 撤回签发 makes it editable again', async () => {
  const page = await openPage();
  await page.goto(`${inject('workbenchUrl')}#/items`);
  await draftItem(page, '海州区政务服务中心推行“周末不打烊”', '今年以来，周末共受理事项1260件。', '海州区');
  await save(page, 1);

  // 送审 with unsaved text: the text is saved and the item moved together.
  await body(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type('群众满意率达99%。');
  await page.getByText(/已自动保存草稿/).waitFor();
  await page.getByRole('button', { name: button('送审') }).click();
  await page.getByText('已送审').waitFor();

  await signOff(page, '王主任');

  // Locked: a notice, no saving, and typing into the body changes nothing.
  await page.getByText('已签发，正文已锁定').waitFor();
  expect(await page.getByText(/王主任于\d{4}-\d{2}-\d{2}签发/).count()).toBe(1);
  expect(await page.getByRole('button', { name: button('保存') }).isDisabled()).toBe(true);
  await body(page).evaluate((element) => (element as HTMLElement).focus());
  await page.keyboard.type('签发后改动');
  expect(await body(page).textContent()).toBe('今年以来，周末共受理事项1260件。群众满意率达99%。');

  // What was signed is what is stored, also after a reload.
  await page.reload();
  await page.getByText('已签发，正文已锁定').waitFor();
  expect(await body(page).textContent()).toBe('今年以来，周末共受理事项1260件。群众满意率达99%。');

  await page.getByRole('button', { name: button('撤回签发') }).click();
  await dialog(page).getByLabel('撤回原因').fill('满意率数据需核实');
  await dialog(page)
    .getByRole('button', { name: button('撤回签发') })
    .click();
  await page.getByText(/撤回签发：满意率数据需核实/).waitFor();
  expect(await page.getByText('已签发，正文已锁定').count()).toBe(0);

  await body(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type('（经核实）');
  await page.getByRole('button', { name: button('保存') }).click();
  await page.getByText(/已保存（第\d+版）/).waitFor();
  expect(await body(page).textContent()).toContain('群众满意率达99%。（经核实）');
  expect(await page.getByRole('button', { name: button('送审') }).count()).toBe(1);
});
