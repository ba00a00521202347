/**
 * The vocabulary of 政务信息 work. Values are the Chinese terms of the records workbook (formats.md), so
 * that a record reads the same in Excel, in JSON and in code.
 */

/** Administrative levels an item is sent to or adopted at (报送级别 / 采用级别). */
export const LEVELS = ['县', '市', '省', '国家'] as const;
/** An administrative level: 县, 市, 省 or 国家. */
export type Level = (typeof LEVELS)[number];

/** How an item reached an office: sent directly (直报) or forwarded by the office below (转报). */
export const ROUTE_KINDS = ['直报', '转报'] as const;
/** 直报 or 转报. */
export type RouteKind = (typeof ROUTE_KINDS)[number];

/** Item categories (信息类别). */
export const CATEGORIES = ['动态', '经验', '问题', '建议', '紧急', '约稿', '调研'] as const;
/** An item category. */
export type Category = (typeof CATEGORIES)[number];

/** Forms an adoption takes (采用形式). */
export const ADOPTION_FORMS = [
  '单条',
  '单篇',
  '综合',
  '简讯',
  '摘编',
  '专报',
  '送阅',
  '备查',
  '增刊',
  '特刊',
  '约稿',
] as const;
/** An adoption form. */
export type AdoptionForm = (typeof ADOPTION_FORMS)[number];

/** Ranks of the leader who wrote an instruction (领导级别). */
export const LEADER_RANKS = ['国家', '省', '市', '县'] as const;
/** A leader rank. */
export type LeaderRank = (typeof LEADER_RANKS)[number];

/**
 * Leader categories (领导类别): principal, other, secretary-general level, or a leader of the scoring
 * office itself (本单位领导). Default 其他领导.
 */
export const LEADER_CATEGORIES = ['主要领导', '其他领导', '秘书长级', '本单位领导'] as const;
/** A leader category. */
export type LeaderCategory = (typeof LEADER_CATEGORIES)[number];

/** Kinds of penalty (扣分事项). */
export const PENALTY_KINDS = [
  '迟报',
  '漏报',
  '瞒报',
  '谎报',
  '轻报',
  '失实',
  '约稿未报',
  '约稿迟报',
  '批示反馈未报',
] as const;
/** A penalty kind. */
export type PenaltyKind = (typeof PENALTY_KINDS)[number];

/** Secrecy levels (密级); 无 for unclassified. 内部资料 is a marking, not a 密级, and lives in the text. */
export const SECRECY_LEVELS = ['无', '秘密', '机密', '绝密'] as const;
/** A secrecy level. */
export type SecrecyLevel = (typeof SECRECY_LEVELS)[number];

/** Disclosure attributes (公开属性). */
export const DISCLOSURES = ['公开', '不予公开', '需报审'] as const;
/** A disclosure attribute. */
export type Disclosure = (typeof DISCLOSURES)[number];

/** Kinds of attachment (附件). */
export const ATTACHMENT_KINDS = ['图片', '音视频'] as const;
/** An attachment kind. */
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** The status of an item with one recipient office. */
export const RECIPIENT_STATUSES = ['已报送', '已采用', '未采用', '退改'] as const;
/** A recipient status: submitted, adopted, not adopted, returned for revision. */
export type RecipientStatus = (typeof RECIPIENT_STATUSES)[number];

/** Severity grades of an emergency (突发事件分级). */
export const SEVERITY_GRADES = ['特别重大', '重大', '较大', '一般'] as const;
/** A severity grade. */
export type SeverityGrade = (typeof SEVERITY_GRADES)[number];
