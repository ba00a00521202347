import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { antdButton, chromiumForFile } from './browser.ts';
import { dialog, draftItem, save, signOff } from './itemSteps.ts';

const openPage = chromiumForFile();

const button = antdButton;

async function openItems(): Promise<Page> {
  const page = await openPage({ acceptDownloads: true });
  await page.goto(`${inject('workbenchUrl')}#/items`);
  await page.getByRole('link', { name: button('新建信息') }).waitFor();
  return page;
}

it('takes an item from draft through 签发 and 报送 to 采用, and the unit scores at once', async () => {
  const page = await openItems();
  await draftItem(
    page,
    '海州区推行“一网通办”审批时限压缩60%',
    '3月以来，海州区将128项审批事项纳入一网通办，平均办理时限由8个工作日压缩至3个工作日。',
    '海州区',
  );
  await save(page, 1);

  await page.getByRole('button', { name: button('送审') }).click();
  await page.getByText('已送审').waitFor();
  await signOff(page, '王主任');

  await page.getByRole('button', { name: button('报送') }).click();
  await dialog(page)
    .getByRole('button', { name: button('报送') })
    .click();
  await page.getByRole('button', { name: '记录采用' }).waitFor();
  const itemPoints = page.getByRole('region', { name: '本条信息得分' });
  const unitTotal = page.getByRole('region', { name: '单位年度总分' });
  await expect.poll(() => itemPoints.textContent()).toContain('0');
  expect(await unitTotal.textContent()).toMatch(/海州区.*年度总分0/);

  await page.getByRole('button', { name: '记录采用' }).click();
  await dialog(page).getByLabel('采用刊物').fill('昨日情况');
  await dialog(page).getByLabel('期号').fill('〔2025〕第3期');
  await dialog(page)
    .getByRole('button', { name: button('记录采用') })
    .click();
  await page.getByText('已记录采用，得分已更新').waitFor();
  await expect.poll(() => itemPoints.textContent()).toBe('本条信息得分3');
  await expect.poll(() => unitTotal.textContent()).toMatch(/年度总分3$/);
  await page.getByText('《昨日情况》采用').waitFor();

  await page.getByRole('button', { name: '记录批示' }).click();
  await dialog(page).getByLabel('批示领导').fill('张市长');
  await dialog(page)
    .getByRole('button', { name: button('记录批示') })
    .click();
  await expect.poll(() => itemPoints.textContent()).toBe('本条信息得分8');

  await page.goto(`${inject('workbenchUrl')}#/items`);
  const row = page.getByRole('row', { name: /一网通办/ });
  await row.waitFor();
  expect(await row.textContent()).toContain('市·市政府办公室·直报·已采用');
});

it('warns before exporting a 机密 item to Word, then downloads the .docx', async () => {
  const page = await openItems();
  await draftItem(page, '我县重点项目推进情况（内部资料）', '一季度开工项目18个。', '海州区');
  await page.getByLabel('密级').click();
  await page.locator('.ant-select-dropdown:visible').getByText('机密', { exact: true }).click();
  await page.getByRole('button', { name: '导出 Word' }).click();
  const warning = page.locator('.ant-modal-confirm');
  await warning.locator('.ant-modal-confirm-title', { hasText: '涉密提醒' }).waitFor();
  expect(await warning.locator('.ant-modal-confirm-content').textContent()).toContain(
    '密级为“机密”，含有“内部资料”字样',
  );
  const download = page.waitForEvent('download');
  await warning.getByRole('button', { name: button('确认导出') }).click();
  expect((await download).suggestedFilename()).toBe('我县重点项目推进情况（内部资料）.docx');
});
