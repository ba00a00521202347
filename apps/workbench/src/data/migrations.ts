import { BULLETIN_DEFAULTS_SETTING, issueLayout, LEGACY_ISSUE_LAYOUT_PREFIX } from './issueLayout.ts';
import type { TableName } from './schema.ts';
import { CURRENT_SCHEMA_VERSION, TABLE_NAMES } from './schema.ts';

/** The rows of every table of a database at some schema version. */
export type Tables = Partial<Record<TableName, unknown[]>>;

/**
 * Pure upgrade steps of table contents from schema version N to N + 1, keyed by N + 1. The database itself
 * upgrades with Dexie's `version(n).upgrade()` steps (declared in `db.ts`), which run these same functions over
 * the tables they change; backups made at an older schema version go through them so that they keep loading.
 */
export const TABLE_UPGRADES: Readonly<Record<number, (tables: Tables) => Tables>> = {
  // Version 2 only adds tables: existing rows are unchanged; the new tables start empty.
  2: (tables) => tables,
  3: moveIssueLayouts,
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 3: every issue's layout fields move from the setting `bulletins.issue.<id>` into the issue's row
 * (`layout`), and those settings go. A setting whose issue no longer exists, or whose value is not an object,
 * is dropped; fields of the wrong type are filled as the issue page showed them (from `bulletins.defaults`; the
 * date from the day the issue was created). `bulletins.defaults` and `bulletins.names` stay settings.
 * Reads only `settings` and `bulletins`; never mutates its input.
 */
export function moveIssueLayouts(tables: Tables): Tables {
  const settings = tables.settings ?? [];
  const stored = new Map<string, unknown>();
  const kept: unknown[] = [];
  let defaults: unknown = null;
  for (const row of settings) {
    if (isRecord(row) && typeof row.key === 'string' && row.key.startsWith(LEGACY_ISSUE_LAYOUT_PREFIX)) {
      stored.set(row.key.slice(LEGACY_ISSUE_LAYOUT_PREFIX.length), row.value);
      continue;
    }
    if (isRecord(row) && row.key === BULLETIN_DEFAULTS_SETTING) defaults = row.value;
    kept.push(row);
  }
  if (kept.length === settings.length) return tables;
  const bulletins = (tables.bulletins ?? []).map((row) => {
    if (!isRecord(row) || typeof row.id !== 'string') return row;
    const value = stored.get(row.id);
    if (!isRecord(value)) return row;
    const created = typeof row.createdAt === 'string' ? row.createdAt.slice(0, 10) : '';
    return { ...row, layout: issueLayout(value, defaults, created) };
  });
  const out: Tables = { ...tables, settings: kept };
  if (tables.bulletins !== undefined) out.bulletins = bulletins;
  return out;
}

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
