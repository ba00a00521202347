import type { TableName } from './schema.ts';
import { CURRENT_SCHEMA_VERSION, TABLE_NAMES } from './schema.ts';

/** The rows of every table of a database at some schema version. */
export type Tables = Partial<Record<TableName, unknown[]>>;

/**
 * Pure upgrade steps of table contents from schema version N to N + 1, keyed by N + 1. The database itself
 * upgrades with Dexie's `version(n).upgrade()` steps (declared in `db.ts`, none so far); backups made at an
 * older schema version go through these so that they keep loading. Each step must match the database's.
 */
export const TABLE_UPGRADES: Readonly<Record<number, (tables: Tables) => Tables>> = {
  // Version 2 only adds tables: existing rows are unchanged; the new tables start empty.
  2: (tables) => tables,
};

/**
 * Upgrades the tables of a backup made at `fromVersion` to the current schema, filling any table the
 * backup lacks with no rows. Never mutates its input.
 */
export function upgradeTables(tables: Tables, fromVersion: number): Record<TableName, unknown[]> {
  let current: Tables = { ...tables };
  for (let version = fromVersion + 1; version <= CURRENT_SCHEMA_VERSION; version++) {
    const step = TABLE_UPGRADES[version];
    if (step) current = step(current);
  }
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, current[name] ?? []])) as Record<TableName, unknown[]>;
}
