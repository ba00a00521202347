import type { Page } from 'playwright-core';
import { DATABASE_TIMEOUT_MS, waitForAppDatabase } from './seedRows.ts';

/**
 * Every row of the named tables of the app's IndexedDB (of every table if none are named), by table, read in one
 * transaction once the app has created its database ({@link waitForAppDatabase}). Fails with a message naming the
 * table when one is missing, and after 20 s rather than waiting forever.
 *
 * @example
 * const { units, items } = await readRows(page, ['units', 'items']);
 */
export async function readRows(page: Page, tables?: string[]): Promise<Record<string, unknown[]>> {
  await waitForAppDatabase(page);
  return page.evaluate(
    ({ tables, timeout }) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`reading the database took over ${timeout / 1000} s`)),
          timeout,
        );
        const fail = (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        };
        const open = indexedDB.open('caibian');
        open.onerror = () => fail(open.error);
        open.onblocked = () => fail(new Error('the database is blocked by a version change'));
        open.onsuccess = () => {
          const db = open.result;
          const names = tables ?? [...db.objectStoreNames];
          const missing = names.filter((name) => !db.objectStoreNames.contains(name));
          if (missing.length > 0) {
            db.close();
            fail(new Error(`the app's database has no table ${missing.join(', ')}`));
            return;
          }
          const out: Record<string, unknown[]> = {};
          if (names.length === 0) {
            db.close();
            clearTimeout(timer);
            resolve(out);
            return;
          }
          const tx = db.transaction(names);
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => {
              out[name] = request.result;
            };
          }
          tx.oncomplete = () => {
            clearTimeout(timer);
            db.close();
            resolve(out);
          };
          tx.onerror = () => {
            db.close();
            fail(tx.error);
          };
        };
      }),
    { tables, timeout: DATABASE_TIMEOUT_MS },
  );
}
