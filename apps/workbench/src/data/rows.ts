import type {
  Adoption,
  Category,
  Commission,
  Instruction,
  Item,
  ItemId,
  Penalty,
  Route,
  Unit,
  UnitId,
  UrgentEvent,
} from '@caibian/core';

/**
 * Row shapes of the workbench's IndexedDB tables (schema version 3). A row shape only ever gains optional
 * fields; a change of meaning is a new schema version with an upgrade step (see `migrations.ts`).
 */

/** A short working note kept by the user (工作便签). */
export interface NoteRow {
  /** Assigned by IndexedDB on insert. */
  id: number;
  text: string;
  /** ISO 8601 time the note was saved. */
  createdAt: string;
}

/** A unit row is the core {@link Unit} itself. */
export type UnitRow = Unit;

/** The workflow of an item inside the office: 草稿 → 审核中 (→ 退改 → 审核中) → 已签发 → 已报送. */
export const ITEM_STATUSES = ['草稿', '审核中', '退改', '已签发', '已报送'] as const;
/** An item's workflow status. */
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** A reviewer's comment on an item, kept in order. */
export interface ReviewComment {
  /** ISO 8601 time of the comment. */
  at: string;
  /** The reviewer, e.g. 科长. */
  by?: string;
  text: string;
}

/** One row per item: the core {@link Item} plus its workflow in the office. */
export interface ItemRow {
  /** Equal to `item.id`: the primary key. */
  id: ItemId;
  item: Item;
  status: ItemStatus;
  comments: ReviewComment[];
  /** The editor's document as serialised JSON (the editor issue's format); absent for imported items. */
  editorState?: string;
  /** Incremented on every save; a save based on an older revision is refused (two tabs, one item). */
  revision: number;
  /** ISO 8601 time of the last change. */
  updatedAt: string;
  /** Index field: the item's unit ids (multi-entry index `*unitIds`). */
  unitIds: UnitId[];
  /** Index field: the category, '' when none (compound index `[category+date]`). */
  category: Category | '';
  /** Index field: `signed ?? drafted`, '' when neither (indexes `date`, `[status+date]`, `[category+date]`). */
  date: string;
}

/** The kinds of scoring record kept in segments. */
export const RECORD_KINDS = ['routes', 'adoptions', 'instructions', 'penalties'] as const;
/** A kind of scoring record. */
export type RecordKind = (typeof RECORD_KINDS)[number];
/** The core record type of each kind. */
export interface RecordOfKind {
  routes: Route;
  adoptions: Adoption;
  instructions: Instruction;
  penalties: Penalty;
}

/**
 * One segment of scoring records of one kind: up to a few thousand records whose item (or, for a penalty
 * without an item, unit) hashes to `segment`. `seqs[i]` is the stable sequence number of `records[i]`.
 */
export interface SegmentRow<K extends RecordKind = RecordKind> {
  kind: K;
  segment: number;
  seqs: number[];
  records: RecordOfKind[K][];
  /** The sequence number the next record added to this segment gets. */
  nextSeq: number;
}

/** What scoring needs of an item: everything but the body. */
export type ItemHead = Omit<Item, 'body'>;

/**
 * The heads of the items whose id hashes to `segment`, kept beside the item rows so that scoring reads a
 * few hundred rows instead of every item with its body. Updated in the same transaction as the item row.
 */
export interface ItemHeadSegmentRow {
  segment: number;
  heads: ItemHead[];
}

/** A commission row is the core {@link Commission}. */
export type CommissionRow = Commission;
/** An urgent event row is the core {@link UrgentEvent}. */
export type UrgentEventRow = UrgentEvent;

/** The autosave journal of an item being edited: overwritten on every change. */
export interface DraftRow {
  itemId: ItemId;
  /** The editor's document as serialised JSON. */
  editorState: string;
  /** The item's metadata as being edited, when it differs from the saved row. */
  item?: Item;
  /** The item revision the draft started from (to detect edits from another tab). */
  baseRevision: number;
  /** ISO 8601 time of the last keystroke saved. */
  savedAt: string;
}

/** A saved version of an item (版本历史). */
export interface VersionRow {
  /** Assigned by IndexedDB. */
  id: number;
  itemId: ItemId;
  revision: number;
  savedAt: string;
  item: Item;
  editorState?: string;
  status: ItemStatus;
  /** Why it was saved, e.g. 送审, 退改, 签发. */
  note?: string;
}

/** One revision of an office's own scoring scheme (计分办法). */
export interface SchemeRow {
  id: string;
  /** 1, 2, …: every save adds a revision; the highest is current. */
  revision: number;
  name: string;
  /** The version of the scheme format the document is written in (core's scheme format). */
  formatVersion: number;
  /** The scheme document itself, validated by core when read. */
  document: unknown;
  savedAt: string;
}

/** What is marked on an issue: 密级 at the top left. 无 prints nothing. */
export const ISSUE_SECRECY = ['无', '内部资料', '秘密', '机密', '绝密'] as const;
/** An issue's 密级. */
export type IssueSecrecy = (typeof ISSUE_SECRECY)[number];
/** Who an issue is sent to: 报 (上级), 送 (同级), 发 (下级). */
export const ISSUE_RECIPIENT_KINDS = ['报', '送', '发'] as const;

/** The layout fields of one issue (版式): what is printed around its items. */
export interface IssueLayout {
  /** 编发单位. */
  editor: string;
  /** Date printed in the 报头, `YYYY-MM-DD`. */
  date: string;
  secrecy: IssueSecrecy;
  /** 报/送/发 recipients, one name per entry. */
  to: Record<(typeof ISSUE_RECIPIENT_KINDS)[number], string[]>;
  /** 共印N份, at least 1. */
  copies: number;
}

/** An issue of one of the office's own bulletins (期刊), e.g. 《报阅》2024年第12期. */
export interface BulletinRow {
  /** `${name}/${year}/${number}`. */
  id: string;
  name: string;
  year: number;
  /** 期号 within the year, from 1. */
  number: number;
  title?: string;
  itemIds: ItemId[];
  status: '编辑中' | '已印发';
  createdAt: string;
  issuedAt?: string;
  /**
   * The issue's layout fields (schema version 3; version 2 kept them in settings under
   * `bulletins.issue.<id>`). Absent until they are first edited: the issue then shows the last-used layout.
   */
  layout?: IssueLayout;
}

/** The four libraries of the 素材库: 数据库 (data points), 言论库 (quotes), 焦点库 (focus topics), 资料库 (reference). */
export const MATERIAL_KINDS = ['数据', '言论', '焦点', '资料'] as const;
/** A kind of material. */
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

/** One entry of the office's material library (素材库). */
export interface MaterialRow {
  /** Assigned by IndexedDB. */
  id: number;
  kind: MaterialKind;
  text: string;
  source?: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

/** A setting: any JSON value under a key. */
export interface SettingRow {
  key: string;
  value: unknown;
}
