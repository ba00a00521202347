import { expect, inject, it } from 'vitest';
import { chromiumForFile } from './browser.ts';

const openPage = chromiumForFile();

it('inserts a material from the 素材库 at the caret of the item being drafted', async () => {
  const page = await openPage();
  await page.goto(`${inject('workbenchUrl')}#/materials`);
  await page.getByText('素材库还是空的').waitFor();
  await page.getByRole('button', { name: '添加素材' }).click();
  await page.getByLabel('素材内容').fill('全县营商环境满意度达到92%');
  await page.getByLabel('来源', { exact: true }).fill('县统计局');
  await page.getByRole('button', { name: '保存素材' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });

  await page.goto(`${inject('workbenchUrl')}#/items`);
  await page.getByRole('link', { name: /新\s*建\s*信\s*息/ }).click();
  const body = page.getByLabel('正文', { exact: true });
  await body.click();
  await page.keyboard.type('今年以来，');
  await page.getByRole('button', { name: /插\s*入\s*素\s*材/ }).click();
  await page.getByLabel('搜索素材').fill('yshj');
  const drawer = page.getByLabel('素材');
  await drawer.getByText('全县营商环境满意度达到92%（来源：县统计局）').waitFor();
  await drawer.getByRole('button', { name: /插\s*入/ }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });

  expect(await body.textContent()).toBe('今年以来，全县营商环境满意度达到92%（来源：县统计局）');
});
