import type { CaibianDb, NoteRow } from './db.ts';

/** Reads and writes working notes; components reach notes only through this. */
export interface NotesRepository {
  /** Every note, newest first. */
  list(): Promise<NoteRow[]>;
  /** Saves a note (trimmed) and returns it; empty text is refused with a Chinese message. */
  add(text: string): Promise<NoteRow>;
  remove(id: number): Promise<void>;
}

/** A {@link NotesRepository} over `db`, stamping notes with `now()`. */
export function createNotesRepository(db: CaibianDb, now: () => Date): NotesRepository {
  return {
    async list() {
      return db.notes.orderBy('createdAt').reverse().toArray();
    },
    async add(text) {
      const trimmed = text.trim();
      if (trimmed === '') throw new Error('便签内容不能为空');
      const createdAt = now().toISOString();
      const id = await db.notes.add({ text: trimmed, createdAt });
      return { id, text: trimmed, createdAt };
    },
    async remove(id) {
      await db.notes.delete(id);
    },
  };
}
