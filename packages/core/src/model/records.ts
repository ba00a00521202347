import * as z from 'zod';
import { type IsoDate, type IsoDateTime, isIsoDate, parseDateTime } from './date.ts';
import type { CommissionId, EventId, ItemId, UnitId } from './ids.ts';
import {
  ADOPTION_FORMS,
  ATTACHMENT_KINDS,
  CATEGORIES,
  DISCLOSURES,
  LEADER_CATEGORIES,
  LEADER_RANKS,
  LEVELS,
  PENALTY_KINDS,
  RECIPIENT_STATUSES,
  ROUTE_KINDS,
  SECRECY_LEVELS,
  SEVERITY_GRADES,
} from './vocabulary.ts';

const text = z.string().trim().min(1, { message: '不能为空' });
const isoDate = z.custom<IsoDate>(isIsoDate, { message: '应为日期，格式 YYYY-MM-DD' });
const isoDateTime = z.custom<IsoDateTime>((v) => typeof v === 'string' && parseDateTime(v) === v, {
  message: '应为时间，格式 YYYY-MM-DDTHH:mm',
});
const unitRef = z.custom<UnitId>((v) => typeof v === 'string' && v.trim() !== '', { message: '应为单位' });
const itemRef = z.custom<ItemId>((v) => typeof v === 'string' && v.trim() !== '', { message: '应为信息编号' });

/** A submitting unit (单位). */
export const UnitSchema = z.object({
  /** The unit's id; in a workbook, its name. */
  id: unitRef,
  name: text,
  /** Ranking group (分组), e.g. 县区组, 部门组. Units without a group rank in the group 全部. */
  group: text.optional(),
  /** Assessment class (类别), e.g. 一类. */
  class: text.optional(),
  /** The unit this one rolls up into (上级单位): its points count for the parent. */
  parentId: unitRef.optional(),
  /** Dates the unit is active; a missing end is open. */
  active: z.object({ from: isoDate.optional(), to: isoDate.optional() }).optional(),
});
/** A submitting unit. */
export type Unit = z.infer<typeof UnitSchema>;

/** One unit of an item, with its share of a joint item's points when the office fixed one. */
export const ItemUnitSchema = z.object({
  unitId: unitRef,
  /** Share in (0, 1]; when absent, the scheme's joint-item rule decides. */
  share: z.number().gt(0).max(1).optional(),
});
/** A unit of an item. */
export type ItemUnit = z.infer<typeof ItemUnitSchema>;

/** An attachment of an item (图片, 音视频). */
export const AttachmentSchema = z.object({ kind: z.enum(ATTACHMENT_KINDS), name: text.optional() });
/** An attachment. */
export type Attachment = z.infer<typeof AttachmentSchema>;

/** An information item (信息, 稿件). Several units make a joint item. */
export const ItemSchema = z.object({
  id: itemRef,
  title: text,
  body: z.string().optional(),
  units: z.array(ItemUnitSchema).min(1, { message: '至少要有一个报送单位' }),
  category: z.enum(CATEGORIES).optional(),
  /** 密级; default 无. */
  secrecy: z.enum(SECRECY_LEVELS).default('无'),
  /** 公开属性. */
  disclosure: z.enum(DISCLOSURES).optional(),
  /** 签发人. */
  signer: text.optional(),
  /** 联系人和电话. */
  contact: text.optional(),
  drafted: isoDate.optional(),
  signed: isoDate.optional(),
  attachments: z.array(AttachmentSchema).default([]),
  tags: z.array(text).default([]),
});
/** An information item. */
export type Item = z.infer<typeof ItemSchema>;

/** An item sent to an office at a level (报送), with its status there. */
export const RouteSchema = z.object({
  itemId: itemRef,
  level: z.enum(LEVELS),
  /** The receiving office, e.g. 市政府办公室. */
  office: text.optional(),
  kind: z.enum(ROUTE_KINDS).default('直报'),
  date: isoDate,
  status: z.enum(RECIPIENT_STATUSES).default('已报送'),
});
/** A route. */
export type Route = z.infer<typeof RouteSchema>;

/** A publication printing an item (采用). */
export const AdoptionSchema = z.object({
  itemId: itemRef,
  level: z.enum(LEVELS),
  publication: text,
  form: z.enum(ADOPTION_FORMS).optional(),
  /** The adopting office, e.g. 市政府办公室, when known: it ties the adoption to that recipient's route. */
  office: text.optional(),
  date: isoDate,
  /** 期号, e.g. 〔2024〕第12期. */
  issue: text.optional(),
});
/** An adoption. */
export type Adoption = z.infer<typeof AdoptionSchema>;

/** A leader's instruction on an adopted item (批示). */
export const InstructionSchema = z.object({
  itemId: itemRef,
  leader: text.optional(),
  rank: z.enum(LEADER_RANKS),
  category: z.enum(LEADER_CATEGORIES).default('其他领导'),
  date: isoDate,
  /** The publication the instruction was written on (所在刊物). */
  publication: text.optional(),
  /** Order among the item's instructions (1 = first); when absent, by date then input order. */
  order: z.number().int().positive().optional(),
});
/** An instruction. */
export type Instruction = z.infer<typeof InstructionSchema>;

/** A penalty recorded against a unit (扣分). */
export const PenaltySchema = z.object({
  unitId: unitRef,
  kind: z.enum(PENALTY_KINDS),
  date: isoDate,
  itemId: itemRef.optional(),
  note: text.optional(),
});
/** A penalty. */
export type Penalty = z.infer<typeof PenaltySchema>;

/** A commissioned request (约稿): a topic asked of units by a due date, and the items that answered it. */
export const CommissionSchema = z.object({
  id: z.custom<CommissionId>((v) => typeof v === 'string' && v.trim() !== '', { message: '应为约稿编号' }),
  topic: text,
  unitIds: z.array(unitRef).min(1, { message: '至少要约一个单位' }),
  issued: isoDate.optional(),
  due: isoDate,
  fulfilments: z.array(z.object({ unitId: unitRef, itemId: itemRef, date: isoDate })).default([]),
});
/** A commissioned request. */
export type Commission = z.infer<typeof CommissionSchema>;

/** Stages of an urgent report: first report, follow-ups, final report. */
export const URGENT_STAGES = ['初报', '续报', '终报'] as const;
/** Channels of an urgent report. */
export const URGENT_CHANNELS = ['电话', '书面'] as const;

/** One report on an urgent event. */
export const UrgentReportSchema = z.object({
  stage: z.enum(URGENT_STAGES),
  channel: z.enum(URGENT_CHANNELS),
  at: isoDateTime,
  itemId: itemRef.optional(),
});
/** An urgent report. */
export type UrgentReport = z.infer<typeof UrgentReportSchema>;

/** An emergency (紧急信息 / 突发事件) with the fields domain.md requires and its chain of reports. */
export const UrgentEventSchema = z.object({
  id: z.custom<EventId>((v) => typeof v === 'string' && v.trim() !== '', { message: '应为事件编号' }),
  title: text,
  grade: z.enum(SEVERITY_GRADES),
  /** 报告单位. */
  unitId: unitRef,
  /** 事发时间. */
  occurredAt: isoDateTime,
  /** When the reporting unit learned of it (接报时间); deadlines count from here. */
  receivedAt: isoDateTime,
  /** 事发地点. */
  place: text.optional(),
  /** 事件性质. */
  nature: text.optional(),
  /** 影响范围. */
  scope: text.optional(),
  /** 伤亡和损失. */
  casualties: text.optional(),
  /** 已采取措施. */
  measures: text.optional(),
  /** 发展趋势. */
  trend: text.optional(),
  /** 签发人. */
  signer: text.optional(),
  /** 联系人和电话. */
  contact: text.optional(),
  reports: z.array(UrgentReportSchema).default([]),
});
/** An urgent event. */
export type UrgentEvent = z.infer<typeof UrgentEventSchema>;

/** The version of the record set format this code writes. */
export const RECORD_SET_VERSION = 1;

/** Every record an office keeps, as exchanged between systems (versioned). */
export const RecordSetSchema = z.object({
  version: z.literal(RECORD_SET_VERSION),
  units: z.array(UnitSchema).default([]),
  items: z.array(ItemSchema).default([]),
  routes: z.array(RouteSchema).default([]),
  adoptions: z.array(AdoptionSchema).default([]),
  instructions: z.array(InstructionSchema).default([]),
  penalties: z.array(PenaltySchema).default([]),
  commissions: z.array(CommissionSchema).default([]),
  urgentEvents: z.array(UrgentEventSchema).default([]),
});
/** A validated record set. */
export type RecordSet = z.infer<typeof RecordSetSchema>;
/** A record set as written by hand or by another system: defaults may be left out. */
export type RecordSetInput = z.input<typeof RecordSetSchema>;
