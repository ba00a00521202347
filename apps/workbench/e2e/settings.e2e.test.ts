import { readFile } from 'node:fs/promises';
import { expect, inject, it } from 'vitest';
import { chromiumForFile } from './browser.ts';
import { readRows } from './readRows.ts';

const openPage = chromiumForFile();

const count = (tables: Record<string, unknown[]>) => Object.values(tables).reduce((n, rows) => n + rows.length, 0);

async function open() {
  const page = await openPage({ acceptDownloads: true });
  await page.goto(`${inject('workbenchUrl')}#/settings`);
  await page.getByText('备份与恢复').waitFor();
  return page;
}

it('backs up, clears and restores the whole database exactly', async () => {
  const page = await open();
  await page.getByText('数据库还是空的').waitFor();
  await page.getByRole('button', { name: '载入演示数据' }).first().click();
  await page.getByText('当前载入的是虚构的').waitFor({ timeout: 30_000 });
  await page.getByText('演示数据已载入').waitFor();
  const before = await readRows(page);
  expect(count(before)).toBeGreaterThan(200);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载备份' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^采编台备份-\d{8}\.json$/);
  const backup = await readFile(await download.path());

  // Clear: the database is deleted (as another tab or the browser would); this page asks to reload.
  await page.evaluate(() => new Promise((resolve) => (indexedDB.deleteDatabase('caibian').onsuccess = resolve)));
  await page.getByText('数据库已在其他标签页被清除，请刷新本页').waitFor();
  await page.getByRole('button', { name: '刷新本页' }).click();
  await page.getByText('备份与恢复').waitFor();
  await page.getByText('数据库还是空的').waitFor();
  expect(count(await readRows(page))).toBe(0);

  await page
    .locator('input[type=file]')
    .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: backup });
  await page.locator('.ant-modal-confirm-title', { hasText: '用备份替换当前全部数据？' }).waitFor();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^恢\s*复$/ })
    .click();
  await page.getByText(/已从备份恢复 \d+ 行数据/).waitFor();
  expect(await readRows(page)).toEqual(before);
  await page.getByText('当前载入的是虚构的').waitFor();
});

it('refuses a damaged backup, naming each problem by its JSON path, and changes nothing', async () => {
  const page = await open();
  await page.getByRole('button', { name: '添加单位' }).click();
  await page.getByRole('dialog').getByLabel('单位名称').fill('城关镇');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^保\s*存$/ })
    .click();
  await page.getByRole('cell', { name: '城关镇', exact: true }).waitFor();
  const before = await readRows(page);

  const damaged = {
    format: 'caibian-backup',
    version: 1,
    schemaVersion: 2,
    exportedAt: '2025-03-05T00:00:00.000Z',
    tables: { units: [{ id: '甲镇' }], settings: [] },
  };
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(damaged)) });
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^恢\s*复$/ })
    .click();
  await page.getByText(/备份文件有 \d+ 处问题，没有恢复任何数据/).waitFor();
  expect(await page.getByText(/\$\.tables\.units\[0\]\.name/).count()).toBeGreaterThan(0);
  expect(await readRows(page)).toEqual(before);
});

it('manages units with a parent and keeps our unit and the scheme as settings', async () => {
  const page = await open();
  const dialog = page.getByRole('dialog');
  for (const name of ['石桥镇', '石桥镇工业园区信息直报点']) {
    await page.getByRole('button', { name: '添加单位' }).click();
    await dialog.getByLabel('单位名称').fill(name);
    if (name !== '石桥镇') {
      await dialog.getByRole('combobox', { name: '上级单位' }).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="石桥镇"]').click();
    }
    await dialog.getByRole('button', { name: /^保\s*存$/ }).click();
    await page.getByRole('cell', { name, exact: true }).waitFor();
  }
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: '石桥镇工业园区信息直报点', exact: true }) });
  expect(await row.getByRole('cell', { name: '石桥镇', exact: true }).count()).toBe(1);

  await page.getByRole('combobox', { name: '本单位' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="石桥镇"]').click();
  await page.getByRole('combobox', { name: '计分办法' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '县政府办公室' }).click();
  await page.waitForTimeout(300);
  const settings = Object.fromEntries(
    ((await readRows(page)).settings as { key: string; value: unknown }[]).map((s) => [s.key, s.value]),
  );
  expect(settings).toMatchObject({ ourUnit: '石桥镇', scheme: 'county-office' });
  await page.getByRole('button', { name: '申请长期保存' }).waitFor();
  await page.getByText(/已用空间/).waitFor();
});
