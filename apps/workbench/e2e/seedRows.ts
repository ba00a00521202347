import type { Page } from 'playwright-core';

/**
 * Puts rows into a table of the app's IndexedDB, as an import would. Waits until the app has created its
 * database with that table (opening it earlier would create an empty database of our own, and a transaction on
 * a missing table throws inside the success handler, so the page would wait forever); gives up after 20 s.
 */
export async function seedRows(page: Page, store: string, rows: unknown[]): Promise<void> {
  await page.waitForFunction(
    async () => (await indexedDB.databases()).some((d) => d.name === 'caibian' && (d.version ?? 0) > 0),
    undefined,
    { timeout: 20_000 },
  );
  await page.evaluate(
    ({ store, rows }) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`seeding ${store} took over 20 s`)), 20_000);
        const open = indexedDB.open('caibian');
        open.onerror = () => reject(open.error);
        open.onblocked = () => reject(new Error('the database is blocked by a version change'));
        open.onsuccess = () => {
          const db = open.result;
          try {
            const tx = db.transaction(store, 'readwrite');
            for (const row of rows) tx.objectStore(store).put(row);
            tx.oncomplete = () => {
              clearTimeout(timer);
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          } catch (error) {
            db.close();
            reject(error);
          }
        };
      }),
    { store, rows },
  );
}
