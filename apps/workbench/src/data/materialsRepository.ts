import type { CaibianDb } from './db.ts';
import type { MaterialKind, MaterialRow } from './rows.ts';

/** The office's material library (素材库): data points, quotes and focus topics. */
export interface MaterialsRepository {
  /** Materials of a kind (all when absent) whose text, source or tags contain `query`, newest first. */
  list(filter?: { kind?: MaterialKind; query?: string }): Promise<MaterialRow[]>;
  add(input: Omit<MaterialRow, 'id' | 'createdAt' | 'updatedAt'>): Promise<MaterialRow>;
  update(id: number, change: Partial<Omit<MaterialRow, 'id' | 'createdAt' | 'updatedAt'>>): Promise<MaterialRow>;
  remove(id: number): Promise<void>;
}

/** A {@link MaterialsRepository} over `db`, stamping entries with `now()`. */
export function createMaterialsRepository(db: CaibianDb, now: () => Date = () => new Date()): MaterialsRepository {
  return {
    async list(filter = {}) {
      const rows = filter.kind
        ? await db.materials.where('kind').equals(filter.kind).toArray()
        : await db.materials.toArray();
      const q = filter.query?.trim();
      const hit = (row: MaterialRow) =>
        !q || row.text.includes(q) || (row.source ?? '').includes(q) || row.tags.some((t) => t.includes(q));
      return rows
        .filter(hit)
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : b.id - a.id));
    },
    async add(input) {
      const text = input.text.trim();
      if (text === '') throw new Error('素材内容不能为空');
      const at = now().toISOString();
      const row = { ...input, text, createdAt: at, updatedAt: at };
      const id = await db.materials.add(row);
      return { ...row, id };
    },
    update(id, change) {
      return db.transaction('rw', db.materials, async () => {
        const old = await db.materials.get(id);
        if (!old) throw new Error(`素材 ${id} 不存在`);
        const row = { ...old, ...change, updatedAt: now().toISOString() };
        await db.materials.put(row);
        return row;
      });
    },
    remove: (id) => db.materials.delete(id),
  };
}
