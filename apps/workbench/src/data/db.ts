import Dexie, { type DexieOptions, type EntityTable } from 'dexie';

/** A short working note kept by the user (工作便签). */
export interface NoteRow {
  /** Assigned by IndexedDB on insert. */
  id: number;
  text: string;
  /** ISO 8601 time the note was saved. */
  createdAt: string;
}

/** The name of the workbench's IndexedDB database. */
export const DATABASE_NAME = 'caibian';

/**
 * The workbench's IndexedDB database. Every schema change adds a new `version(n)` below, with an
 * upgrade step when existing rows must change; earlier versions stay as they are.
 */
export class CaibianDb extends Dexie {
  notes!: EntityTable<NoteRow, 'id'>;

  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({ notes: '++id, createdAt' });
  }
}
