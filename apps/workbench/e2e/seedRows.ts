import type { Page } from 'playwright-core';

/** How long a helper waits for the app's database, and then for one transaction on it. */
export const DATABASE_TIMEOUT_MS = 20_000;

/**
 * Waits until the app has created its IndexedDB database `caibian`. Opening it earlier would create an empty
 * database of our own, and a transaction on a missing table throws inside the success handler, so the page would
 * wait forever. Fails after `timeout` ms with a message saying so. (The page polls itself: Playwright's
 * `waitForFunction` takes a returned promise as a truthy value and would not wait at all.)
 */
export async function waitForAppDatabase(page: Page, timeout = DATABASE_TIMEOUT_MS): Promise<void> {
  const created = await page.evaluate(async (timeout) => {
    const deadline = Date.now() + timeout;
    do {
      if ((await indexedDB.databases()).some((d) => d.name === 'caibian' && (d.version ?? 0) > 0)) return true;
      await new Promise((resolve) => setTimeout(resolve, 100));
    } while (Date.now() < deadline);
    return false;
  }, timeout);
  if (!created) {
    throw new Error(
      `the app did not create its IndexedDB database "caibian" within ${timeout / 1000} s on ${page.url()}`,
    );
  }
}

/**
 * Puts rows into a table of the app's IndexedDB, as an import would, once the app has created its database
 * ({@link waitForAppDatabase}); gives up after 20 s.
 */
export async function seedRows(page: Page, store: string, rows: unknown[]): Promise<void> {
  await waitForAppDatabase(page);
  await page.evaluate(
    ({ store, rows, timeout }) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`seeding ${store} took over ${timeout / 1000} s`)), timeout);
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
    { store, rows, timeout: DATABASE_TIMEOUT_MS },
  );
}
