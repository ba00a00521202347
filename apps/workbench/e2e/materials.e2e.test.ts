import { expect, inject, it } from 'vitest';
import { chromiumForFile } from './browser.ts';

const openPage = chromiumForFile();

it('adds materials, finds one by its pinyin initials and copies its insert text', async () => {
  const page = await openPage({ permissions: ['clipboard-read', 'clipboard-write'] });
  const ran: string[] = [];
  await page.exposeFunction('caibianPwned', (what: string) => ran.push(what));
  await page.goto(`${inject('workbenchUrl')}#/materials`);
  await page.getByText('素材库还是空的').waitFor();

  const add = async (text: string, source: string, tag: string) => {
    await page.getByRole('button', { name: '添加素材' }).click();
    await page.getByLabel('素材内容').fill(text);
    await page.getByLabel('来源', { exact: true }).fill(source);
    await page.getByLabel('标签', { exact: true }).fill(tag);
    await page.keyboard.press('Enter');
    await page.getByLabel('素材内容').click(); // closes the tags dropdown
    await page.getByRole('button', { name: '保存素材' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  };
  await add('全县营商环境满意度达到92%', '县统计局', '营商环境');
  await add('<img src=x onerror="window.caibianPwned(\'material\')">春耕备耕进度过半', '县农业农村局', '农业');

  const list = page.getByLabel('素材列表');
  await list.getByText('全县营商环境满意度达到92%').waitFor();
  expect(await list.locator('.ant-list-item').count()).toBe(2);

  await page.getByLabel('搜索素材').fill('yshj');
  await page.waitForFunction(() => document.querySelectorAll('[aria-label="素材列表"] .ant-list-item').length === 1);
  await list.getByText('全县营商环境满意度达到92%').waitFor();

  await list.getByRole('button', { name: '复制插入' }).click();
  await page.getByText('已复制，可粘贴到稿件中').waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('全县营商环境满意度达到92%（来源：县统计局）');

  await page.getByLabel('搜索素材').fill('cgbg');
  await list.getByText('春耕备耕进度过半', { exact: false }).waitFor();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(ran).toEqual([]);
});
