/** The name of the workbench's IndexedDB database. */
export const DATABASE_NAME = 'caibian';

/** The tables and indexes of version 2, unchanged since. */
const TABLES_V2 = {
  notes: '++id, createdAt',
  units: 'id, group',
  items: 'id, [status+date], [category+date], *unitIds, date',
  recordSegments: '[kind+segment]',
  itemHeads: 'segment',
  commissions: 'id, due',
  urgentEvents: 'id, receivedAt',
  drafts: 'itemId',
  itemVersions: '++id, [itemId+revision]',
  schemes: '[id+revision], id',
  bulletins: 'id, &[name+year+number]',
  materials: '++id, kind, *tags',
  settings: 'key',
} as const;

/**
 * Every version of the workbench's IndexedDB schema, in Dexie's notation (`++` auto-increment, `&` unique,
 * `*` multi-entry, `[a+b]` compound). A version is never edited once released: a change is a new version
 * (Dexie version n is IndexedDB version n × 10). Tables not listed in a version keep their earlier definition.
 */
export const SCHEMA_VERSIONS = {
  1: { notes: '++id, createdAt' },
  2: TABLES_V2,
  // Version 3 keeps every index; bulletin rows gain `layout` (moved from settings by the upgrade step).
  3: TABLES_V2,
} as const satisfies Record<number, Record<string, string>>;

/** The newest schema version: what {@link CaibianDb} opens. */
export const CURRENT_SCHEMA_VERSION = 3;

/** Names of the tables of the current schema. */
export type TableName = keyof (typeof SCHEMA_VERSIONS)[typeof CURRENT_SCHEMA_VERSION];

/** Every table of the current schema, in a stable order (backups list them in this order). */
export const TABLE_NAMES = Object.keys(SCHEMA_VERSIONS[CURRENT_SCHEMA_VERSION]) as TableName[];

/**
 * Number of segments per kind of scoring record. Part of the schema: records are placed by
 * `hash(itemId) % SEGMENT_COUNT`, so changing it needs a schema version that re-segments every record.
 * 256 keeps a segment at about 1,200 adoptions at 300,000, so an edit rewrites about 100 KB.
 */
export const SEGMENT_COUNT = 256;
