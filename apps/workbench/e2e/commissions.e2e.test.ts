import { expect, inject, it } from 'vitest';
import { chromiumForFile } from './browser.ts';
import { seedRows } from './seedRows.ts';

const openPage = chromiumForFile();

it('issues a commission whose due date has passed and finds the unit in the 催报 list as overdue', async () => {
  const page = await openPage();
  const ran: string[] = [];
  await page.exposeFunction('caibianPwned', (what: string) => ran.push(what));
  await page.goto(`${inject('workbenchUrl')}#/commissions`);
  await page.getByText('还没有约稿').waitFor();
  await seedRows(page, 'units', [
    { id: 'xuanhan', name: '宣汉县' },
    { id: 'dazhu', name: '大竹县' },
  ]);
  await page.reload();
  await page.getByText('还没有约稿').waitFor();

  const payload = '<img src=x onerror="window.caibianPwned(\'topic\')">稳增长';
  await page.getByLabel('约稿主题').fill(payload);
  await page.getByLabel('约稿单位').click();
  await page.getByTitle('宣汉县').click();
  await page.keyboard.press('Escape');
  await page.getByLabel('下发日期').fill('2024-01-02');
  await page.keyboard.press('Enter');
  await page.getByLabel('截止日期').fill('2024-01-10');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '下发约稿' }).click();

  const reminders = page.getByLabel('催报列表');
  await reminders.getByText('已逾期', { exact: true }).waitFor();
  const text = await page.getByLabel('宣汉县催报文本').textContent();
  expect(text).toContain('宣汉县：');
  expect(text).toContain(`1.“${payload}”，截止1月10日，已逾期`);
  expect(await page.getByRole('cell', { name: '未报' }).count()).toBe(1);
  expect(await page.locator('img[src="x"]').count()).toBe(0);

  await page.reload();
  await page.getByLabel('催报列表').getByText('已逾期', { exact: true }).waitFor();
  expect(ran).toEqual([]);
});
