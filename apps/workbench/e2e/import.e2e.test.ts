import { writeCsv, writeWorkbookXlsx } from '@caibian/core/io';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { chromiumForFile } from './browser.ts';
import { readRows } from './readRows.ts';

const openPage = chromiumForFile();

const SUBMISSIONS = ['编号', '标题', '报送单位', '报送日期', '报送级别', '报送途径', '信息类别'];
const GOOD = [
  ['A1', '城关镇三项机制推进老旧小区改造', '城关镇', '2025-03-05', '县', '直报', '经验'],
  ['A2', '柳溪镇茶叶产业带动村集体增收128万元', '柳溪镇', '2025-03-06', '县', '直报', '动态'],
  ['A3', '县农业农村局五个到位抓好春耕备耕', '县农业农村局', '2025-03-07', '县', '直报', '动态'],
];

/** The items and scoring records stored in the page's IndexedDB. */
async function stored(page: Page) {
  const { units, items, recordSegments } = await readRows(page, ['units', 'items', 'recordSegments']);
  return {
    units: (units as { id: string }[]).map((u) => u.id).sort(),
    items: (items as { id: string }[]).map((i) => i.id).sort(),
    adoptions: (recordSegments as { kind: string; records: { itemId: string; publication: string }[] }[])
      .filter((s) => s.kind === 'adoptions')
      .flatMap((s) => s.records),
  };
}

async function openImport() {
  const page = await openPage();
  await page.goto(`${inject('workbenchUrl')}#/import`);
  await page.getByRole('tab', { name: '导入登记簿' }).waitFor();
  return page;
}

async function upload(page: Page, name: string, bytes: Uint8Array) {
  await page
    .locator('input[type=file]')
    .first()
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
}

it('names every bad row by sheet, row and column, writes nothing, then imports once skipped or fixed', async () => {
  const page = await openImport();
  const workbook = await writeWorkbookXlsx({
    sheets: [
      {
        name: '单位',
        rows: [
          ['单位名称', '分组'],
          ['城关镇', '乡镇组'],
          ['柳溪镇', '乡镇组'],
        ],
      },
      {
        name: '报送',
        rows: [
          SUBMISSIONS,
          GOOD[0] as string[],
          GOOD[1] as string[],
          ['A3', '县农业农村局五个到位抓好春耕备耕', '县农业农村局', '2025-02-30', '乡', '直报', '动态'],
        ],
      },
    ],
  });
  await upload(page, '三月登记簿.xlsx', workbook);
  await page.getByText(/发现 \d+ 处问题，没有导入任何数据/).waitFor();
  const problems = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: '问题' }) });
  const rows = await problems.locator('tbody tr').allInnerTexts();
  expect(rows.length).toBe(3);
  for (const row of rows) expect(row).toMatch(/^报送\s+第4行\s+/);
  expect(rows.join('\n')).toMatch(/报送单位/);
  expect(rows.join('\n')).toMatch(/报送日期/);
  expect(rows.join('\n')).toMatch(/报送级别/);
  expect(await page.getByRole('button', { name: '确认导入' }).count()).toBe(0);
  expect(await stored(page)).toEqual({ units: [], items: [], adoptions: [] });

  // Skip the named bad rows: the others are previewed, and written only on confirmation.
  await page.getByText('跳过有问题的行，导入其余各行').click();
  await page.getByText('将跳过 1 行有问题的行（不导入）').waitFor();
  expect(await stored(page)).toEqual({ units: [], items: [], adoptions: [] });
  await page.getByRole('button', { name: '确认导入' }).click();
  await page.getByText('导入完成', { exact: true }).first().waitFor();
  expect((await stored(page)).items).toEqual(['A1', 'A2']);

  // The fixed file, with its missing unit created on request.
  await page.getByText('跳过有问题的行，导入其余各行').click();
  await page.getByText('自动新建“单位”表中没有的报送单位').click();
  const fixed = new TextEncoder().encode(writeCsv([SUBMISSIONS, ...GOOD], { bom: true }));
  await upload(page, '报送.csv', fixed);
  await page.getByText('将新建单位：县农业农村局').waitFor();
  await page.getByRole('button', { name: '确认导入' }).click();
  // A1 and A2 were sent (已报送) by the first import: their stored content is kept, only A3 is written.
  await page.getByText(/已写入 3 个单位、1 条稿件（2 条已签发或已报送的稿件保留原内容/).waitFor();
  expect(await stored(page)).toMatchObject({ units: ['县农业农村局', '城关镇', '柳溪镇'], items: ['A1', 'A2', 'A3'] });
});

it('matches an adoption notice: sure rows pre-selected, the user chooses for the others, one transaction', async () => {
  const page = await openImport();
  await upload(
    page,
    '登记簿.xlsx',
    await writeWorkbookXlsx({
      sheets: [
        { name: '单位', rows: [['单位名称'], ['城关镇'], ['柳溪镇'], ['县农业农村局']] },
        { name: '报送', rows: [SUBMISSIONS, ...GOOD] },
      ],
    }),
  );
  await page.getByRole('button', { name: '确认导入' }).click();
  await page.getByText('导入完成', { exact: true }).first().waitFor();

  await page.getByRole('tab', { name: '导入采用通报' }).click();
  const notice = writeCsv(
    [
      ['标题', '单位', '采用日期'],
      ['城关镇三项机制推进老旧小区改造', '城关镇', '2025-03-12'],
      ['春耕备耕工作有序推进', '', '2025-03-12'],
    ],
    { bom: true },
  );
  await page
    .locator('input[type=file]')
    .last()
    .setInputFiles({ name: '3月采用通报.csv', mimeType: 'text/csv', buffer: Buffer.from(notice) });
  const results = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: '通报标题' }) });
  await results.waitFor();
  const first = results.locator('tbody tr').nth(0);
  const second = results.locator('tbody tr').nth(1);
  await first.getByText('自动匹配').waitFor();
  await second.getByText('请选择').waitFor();
  expect(await page.getByRole('button', { name: /登记采用（1 行）/ }).count()).toBe(1);

  await second.getByRole('combobox').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '（A3，' }).click();
  await page.getByRole('combobox', { name: '采用级别' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="市"]').click();
  await page.getByRole('textbox', { name: '采用刊物' }).fill('昨日情况');
  await page.getByRole('button', { name: /登记采用（2 行）/ }).click();
  await page.getByText('已登记 2 条采用').waitFor();
  const { adoptions } = await stored(page);
  expect(adoptions.map((a) => [a.itemId, a.publication]).sort()).toEqual([
    ['A1', '昨日情况'],
    ['A3', '昨日情况'],
  ]);
});
