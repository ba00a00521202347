import { expect, inject, it } from 'vitest';
import { chromiumForFile } from './browser.ts';
import { seedRows } from './seedRows.ts';

const openPage = chromiumForFile();

it('records an urgent event, counts its deadlines down and shows the missing fields and the 漏报', async () => {
  const page = await openPage({ timezoneId: 'Asia/Shanghai' });
  await page.clock.install({ time: new Date('2024-03-05T10:03:00+08:00') });
  const ran: string[] = [];
  await page.exposeFunction('caibianPwned', (what: string) => ran.push(what));
  await page.goto(`${inject('workbenchUrl')}#/urgent`);
  await page.getByText('还没有紧急信息').waitFor();
  await seedRows(page, 'units', [{ id: 'xuanhan', name: '宣汉县' }]);
  await page.reload();
  await page.getByText('还没有紧急信息').waitFor();

  const payload = '<img src=x onerror="window.caibianPwned(\'title\')">某镇山体滑坡';
  await page.getByLabel('事件名称').fill(payload);
  await page.getByLabel('事件等级').click();
  await page.getByTitle('重大', { exact: true }).click();
  await page.getByLabel('报告单位').click();
  await page.getByTitle('宣汉县').click();
  await page.getByLabel('事发时间').fill('2024-03-05T09:40');
  await page.getByLabel('接报时间').fill('2024-03-05T10:00');
  await page.getByLabel('事发地点').fill('某镇某村三组');
  await page.getByRole('button', { name: '登记并开始计时' }).click();

  const deadlines = page.getByLabel('报送时限');
  await deadlines.getByText('电话 初报 剩余 12 分钟').waitFor();
  await deadlines.getByText('书面 初报 剩余 27 分钟').waitFor();
  await page
    .getByText('缺少必报要素：事件性质、影响范围、伤亡和损失、已采取措施、发展趋势、签发人、联系人和电话')
    .waitFor();
  expect(await page.getByLabel('必报要素').getByText('未填写').count()).toBe(7);

  // The countdown ticks with the clock: 16 minutes later the phone report is overdue and counts as 漏报.
  await page.clock.fastForward('16:00');
  await deadlines.getByText('电话 初报 已超时 4 分钟').waitFor();
  await deadlines.getByText('书面 初报 剩余 11 分钟').waitFor();
  await page.getByText('漏报', { exact: true }).waitFor();

  // Record the phone 初报 now: the 漏报 becomes a 迟报.
  await page.getByLabel('报告时间').fill('2024-03-05T10:19');
  await page.getByRole('button', { name: '记录报告' }).click();
  await deadlines.getByText('电话 初报 迟报 4 分钟（10:19）').waitFor();
  await page.getByText('迟报', { exact: true }).last().waitFor();
  expect(await page.getByText('漏报', { exact: true }).count()).toBe(0);

  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await page.getByText(payload).first().waitFor();
  expect(ran).toEqual([]);
});
