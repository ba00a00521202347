/** A saved database: its stores (as IndexedDB declares them) and rows, at one Dexie version. */
export interface DatabaseFixture {
  dexieVersion: number;
  stores: Record<
    string,
    {
      keyPath: string | string[] | null;
      autoIncrement?: boolean;
      indexes?: { name: string; keyPath: string | string[]; unique?: boolean; multiEntry?: boolean }[];
    }
  >;
  rows: Record<string, unknown[]>;
}

/**
 * Writes `fixture` into `factory` under `name` with the raw IndexedDB API, exactly as an older workbench
 * left it (Dexie version n is IndexedDB version n × 10), so that the current code can be opened on it.
 */
export function materialiseFixture(factory: IDBFactory, name: string, fixture: DatabaseFixture): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = factory.open(name, fixture.dexieVersion * 10);
    open.onupgradeneeded = () => {
      for (const [store, spec] of Object.entries(fixture.stores)) {
        const created = open.result.createObjectStore(store, {
          keyPath: spec.keyPath,
          autoIncrement: spec.autoIncrement ?? false,
        });
        for (const index of spec.indexes ?? []) {
          created.createIndex(index.name, index.keyPath, {
            unique: index.unique ?? false,
            multiEntry: index.multiEntry ?? false,
          });
        }
      }
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const stores = Object.keys(fixture.rows);
      const tx = db.transaction(stores, 'readwrite');
      for (const store of stores) for (const row of fixture.rows[store] ?? []) tx.objectStore(store).add(row);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
