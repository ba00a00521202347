import type { CaibianDb, NoteRow } from './db.ts';

/** Notes a new demo database starts with. */
export const DEMO_NOTES: readonly Omit<NoteRow, 'id'>[] = [
  { text: '周五前催报：宣汉县、达川区一季度经验材料（约稿）', createdAt: '2024-03-04T09:00:00+08:00' },
  { text: '《报阅》第12期拟用：通川区营商环境改革做法', createdAt: '2024-03-05T15:20:00+08:00' },
];

/**
 * Fills a database with demo data when it is first created (never touches an existing one).
 * Used by `pnpm start`, which builds the workbench with `VITE_CAIBIAN_DEMO=1`.
 */
export function seedDemoOnCreate(db: CaibianDb): void {
  db.on('populate', (tx) => {
    tx.table('notes').bulkAdd(DEMO_NOTES.map((note) => ({ ...note })));
  });
}
