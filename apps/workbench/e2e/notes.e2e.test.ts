import { expect, inject, it } from 'vitest';
import { chromiumForFile } from './browser.ts';
import { readRows } from './readRows.ts';

const openPage = chromiumForFile();

it('opens in Chinese and keeps a saved note in IndexedDB across a reload', async () => {
  const page = await openPage();
  await page.goto(`${inject('workbenchUrl')}#/notes`);

  expect(await page.title()).toBe('采编台');
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  await page.getByText('还没有便签').waitFor();

  await page.getByLabel('便签内容').fill('本周五前报送一季度经验材料');
  await page.getByRole('button', { name: '保存便签' }).click();
  await page.getByText('本周五前报送一季度经验材料').waitFor();

  await page.reload();
  await page.getByText('本周五前报送一季度经验材料').waitFor();
  const { notes } = await readRows(page, ['notes']);
  const stored = (notes as { text: string }[]).map((row) => row.text);
  expect(stored).toEqual(['本周五前报送一季度经验材料']);
});
