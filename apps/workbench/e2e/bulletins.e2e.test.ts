import { expect, inject, it } from 'vitest';
import { chromiumForFile } from './browser.ts';
import { seedRows } from './seedRows.ts';

const openPage = chromiumForFile();

const PAYLOAD = '<img src=x onerror="window.caibianPwned(\'bulletin\')">春耕备耕进度过半';

function itemRow(id: string, title: string, secrecy = '无') {
  const item = {
    id,
    title,
    body: `${title}。\n\n一是抓早抓实。二是压实责任。`,
    units: [{ unitId: 'xuanhan' }],
    secrecy,
    attachments: [],
    tags: [],
    drafted: '2024-03-01',
  };
  return {
    id,
    item,
    status: '已签发',
    comments: [],
    revision: 1,
    updatedAt: '2024-03-01T08:00:00.000Z',
    unitIds: ['xuanhan'],
    category: '',
    date: '2024-03-01',
  };
}

it('compiles an issue numbered 第1期, exports it to Word, warns on a secret item, and numbers the next 第2期', async () => {
  const page = await openPage({ acceptDownloads: true });
  const ran: string[] = [];
  await page.exposeFunction('caibianPwned', (what: string) => ran.push(what));
  await page.goto(`${inject('workbenchUrl')}#/bulletins`);
  await page.getByText('还没有编发期刊').waitFor();
  await seedRows(page, 'units', [{ id: 'xuanhan', name: '宣汉县' }]);
  await seedRows(page, 'items', [
    itemRow('A1', '宣汉县多措并举优化营商环境'),
    itemRow('A2', PAYLOAD),
    itemRow('A3', '某项目推进情况', '机密'),
  ]);
  await page.reload();
  await page.getByText('还没有编发期刊').waitFor();

  await page.getByLabel('年度').fill('2024');
  await page.getByText('将编为：〔2024〕第1期').waitFor();
  await page.getByRole('button', { name: '新建本期' }).click();
  await page.getByText('《通讯》〔2024〕第1期').first().waitFor();

  await page.getByLabel('编发单位').fill('宣汉县人民政府办公室');
  await page.getByLabel('报送单位').fill('市政府办公室');
  await page.getByLabel('编发单位').focus();
  await page.getByLabel('搜索稿件').fill('yshj');
  const picker = page.getByLabel('可选稿件');
  await picker.getByText('宣汉县多措并举优化营商环境').waitFor();
  await picker.getByRole('button', { name: '加入本期' }).first().click();
  await page.getByLabel('搜索稿件').fill('');
  await picker.getByText(PAYLOAD).waitFor();
  await picker.locator('.ant-list-item', { hasText: PAYLOAD }).getByRole('button', { name: '加入本期' }).click();

  const chosen = page.getByLabel('本期稿件');
  await chosen.getByText(`2. ${PAYLOAD}`).waitFor();
  await chosen.getByRole('button', { name: '下移第1条' }).click();
  await chosen.getByText(`1. ${PAYLOAD}`).waitFor();
  await chosen.getByText('2. 宣汉县多措并举优化营商环境').waitFor();

  const preview = page.locator('.bulletin-preview');
  await preview.getByText('宣汉县人民政府办公室').waitFor();
  await preview.getByText('〔2024〕第1期').waitFor();
  await preview.getByText('报：市政府办公室。').waitFor();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出Word' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('通讯〔2024〕第1期.docx');
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(bytes.length).toBeGreaterThan(2000);

  // A secret item: export and print ask first.
  await picker
    .locator('.ant-list-item', { hasText: '某项目推进情况' })
    .getByRole('button', { name: '加入本期' })
    .click();
  await chosen.getByText('3. 某项目推进情况').waitFor();
  await page.getByRole('button', { name: '导出Word' }).click();
  await page.getByText('《某项目推进情况》标为“机密”').waitFor();
  await page.getByRole('button', { name: /^取\s?消$/ }).click();
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: '打印本期' }).click();
  await page.getByRole('button', { name: '仍然打印' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // Printed alone: the app is hidden and the sheet with the red 报头 shows.
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('#root').isVisible()).toBe(false);
  const sheet = page.locator('.bulletin-print-root .bulletin-sheet');
  expect(await sheet.isVisible()).toBe(true);
  expect(await sheet.locator('.name').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(238, 0, 0)');
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: '新建本期' }).click();
  await page.getByText('《通讯》〔2024〕第2期').first().waitFor();
  await page.getByText('将编为：〔2024〕第3期').waitFor();

  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(ran).toEqual([]);
});
