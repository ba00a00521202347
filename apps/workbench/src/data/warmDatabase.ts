import { DATABASE_NAME } from './schema.ts';

/**
 * Opens the app's database and closes it again at once, creating nothing (a database that does not exist
 * stays missing). When the site's IndexedDB has not been used for a few seconds, the browser takes a few
 * hundred milliseconds to load it on the first open: started from the app's first script, that load runs
 * while the app's code downloads, before the ranking worker opens the database for its read.
 */
export function warmDatabase(factory: IDBFactory | undefined = globalThis.indexedDB, name = DATABASE_NAME): void {
  if (!factory) return;
  try {
    const request = factory.open(name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      db.close();
    };
    request.onerror = (event) => event.preventDefault();
  } catch {
    // A browser without IndexedDB (or one refusing it): the app reports that when it opens the database.
  }
}
