import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it('opens in Chinese and keeps a saved note in IndexedDB across a reload', async () => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${inject('workbenchUrl')}#/notes`);

  expect(await page.title()).toBe('采编台');
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  await page.getByText('还没有便签').waitFor();

  await page.getByLabel('便签内容').fill('本周五前报送一季度经验材料');
  await page.getByRole('button', { name: '保存便签' }).click();
  await page.getByText('本周五前报送一季度经验材料').waitFor();

  await page.reload();
  await page.getByText('本周五前报送一季度经验材料').waitFor();
  const stored = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('caibian');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('notes').objectStore('notes').getAll();
          all.onsuccess = () => resolve(all.result.map((row: { text: string }) => row.text));
          all.onerror = () => reject(all.error);
        };
      }),
  );
  expect(stored).toEqual(['本周五前报送一季度经验材料']);
  await context.close();
});
