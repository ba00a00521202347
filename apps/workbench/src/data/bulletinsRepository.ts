import type { ItemId } from '@caibian/core';
import type { CaibianDb } from './db.ts';
import type { BulletinRow, IssueLayout } from './rows.ts';

/** The bulletins an office starts with; more are added in settings. */
export const DEFAULT_BULLETIN_NAMES = ['通讯', '报阅', '督查专报'] as const;

/** Issues of the office's own bulletins (期刊), numbered per bulletin and year. */
export interface BulletinsRepository {
  /** Issues of a bulletin (every bulletin when `name` is absent), newest first. */
  list(name?: string): Promise<BulletinRow[]>;
  get(id: string): Promise<BulletinRow | undefined>;
  /** The 期号 the next issue of `name` in `year` gets: one more than the highest, from 1. */
  nextNumber(name: string, year: number): Promise<number>;
  /**
   * Creates the next issue of `name` in `year`, numbering it in the same transaction (two tabs cannot get
   * the same 期号).
   */
  create(input: { name: string; year: number; title?: string; itemIds?: ItemId[] }): Promise<BulletinRow>;
  /** Replaces the items (in order), title or status of an issue. */
  update(
    id: string,
    change: Partial<Pick<BulletinRow, 'itemIds' | 'title' | 'status' | 'issuedAt'>>,
  ): Promise<BulletinRow>;
  /** Stores the issue's layout fields (编发单位, date, 密级, 报/送/发, copies) in its row. */
  setLayout(id: string, layout: IssueLayout): Promise<BulletinRow>;
  /** Deletes the issue with everything it holds, its layout included. */
  remove(id: string): Promise<void>;
}

/** A {@link BulletinsRepository} over `db`, stamping issues with `now()`. */
export function createBulletinsRepository(db: CaibianDb, now: () => Date = () => new Date()): BulletinsRepository {
  const nextNumber = async (name: string, year: number) => {
    const last = await db.bulletins
      .where('[name+year+number]')
      .between([name, year, 0], [name, year, Number.MAX_SAFE_INTEGER], true, true)
      .last();
    return (last?.number ?? 0) + 1;
  };
  const changeRow = (id: string, next: (old: BulletinRow) => BulletinRow) =>
    db.transaction('rw', db.bulletins, async () => {
      const old = await db.bulletins.get(id);
      if (!old) throw new Error(`期刊“${id}”不存在`);
      const row = next(old);
      await db.bulletins.put(row);
      return row;
    });
  return {
    async list(name) {
      const rows =
        name === undefined
          ? await db.bulletins.toArray()
          : await db.bulletins
              .where('[name+year+number]')
              .between([name, 0, 0], [name, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER])
              .toArray();
      return rows.sort((a, b) => b.year - a.year || b.number - a.number || a.name.localeCompare(b.name, 'zh-CN'));
    },
    get: (id) => db.bulletins.get(id),
    nextNumber: (name, year) => nextNumber(name, year),
    create({ name, year, title, itemIds = [] }) {
      return db.transaction('rw', db.bulletins, async () => {
        const number = await nextNumber(name, year);
        const row: BulletinRow = {
          id: `${name}/${year}/${number}`,
          name,
          year,
          number,
          itemIds,
          status: '编辑中',
          createdAt: now().toISOString(),
        };
        if (title !== undefined) row.title = title;
        await db.bulletins.add(row);
        return row;
      });
    },
    update: (id, change) => changeRow(id, (old) => ({ ...old, ...change })),
    setLayout: (id, layout) => changeRow(id, (old) => ({ ...old, layout })),
    remove: (id) => db.bulletins.delete(id),
  };
}
