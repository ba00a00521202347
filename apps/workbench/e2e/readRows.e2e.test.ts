import { expect, inject, it } from 'vitest';
import { chromiumForFile } from './browser.ts';
import { readRows } from './readRows.ts';
import { seedRows, waitForAppDatabase } from './seedRows.ts';

const openPage = chromiumForFile();

it('reads back what seedRows put into the app database, from the named tables or from every table', async () => {
  const page = await openPage();
  await page.goto(`${inject('workbenchUrl')}#/notes`);
  await seedRows(page, 'units', [{ id: 'xuanhan', name: '宣汉县' }]);
  expect(await readRows(page, ['units'])).toEqual({ units: [{ id: 'xuanhan', name: '宣汉县' }] });
  const all = await readRows(page);
  expect(all.units).toEqual([{ id: 'xuanhan', name: '宣汉县' }]);
  expect(all.notes).toEqual([]);
});

it('names a table the app database does not have instead of waiting for it', async () => {
  const page = await openPage();
  await page.goto(`${inject('workbenchUrl')}#/notes`);
  await expect(readRows(page, ['units', 'nosuchtable'])).rejects.toThrow("the app's database has no table nosuchtable");
});

it('gives up with a clear message on a page where the app has not created its database', async () => {
  const page = await openPage();
  await page.route('**/blank.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>空白</title>' }),
  );
  await page.goto(`${inject('workbenchUrl')}blank.html`);
  await expect(waitForAppDatabase(page, 1_000)).rejects.toThrow(
    'the app did not create its IndexedDB database "caibian" within 1 s',
  );
  expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
});
