import * as z from 'zod';
import { type IsoDate, isIsoDate } from '../model/date.ts';
import {
  ADOPTION_FORMS,
  ATTACHMENT_KINDS,
  CATEGORIES,
  LEADER_CATEGORIES,
  LEADER_RANKS,
  LEVELS,
  PENALTY_KINDS,
  ROUTE_KINDS,
} from '../model/vocabulary.ts';

/** The `format` tag every scheme carries. */
export const SCHEME_FORMAT = 'caibian-scheme';
/** The scheme format version this code reads and writes. */
export const SCHEME_VERSION = 1;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '应为日期，格式 YYYY-MM-DD' })
  .refine(isIsoDate, { message: '不是有效日期' }) as unknown as z.ZodType<IsoDate, string>;
const clauseId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, { message: '编号只能由字母、数字、点、下划线和连字符组成' });
const label = z.string().trim().min(1, { message: '说明不能为空' });
const list = <T extends z.ZodType>(item: T) => z.array(item).min(1, { message: '列表不能为空；不限时请省略此项' });

/** A number, or a reference to a scheme parameter that a user can override (`{"param": "provinceBase"}`). */
export const AmountSchema = z.union([z.number(), z.strictObject({ param: clauseId })], {
  error: '应为数值，或参数引用 {"param": "参数名"}',
});
/** A number or a parameter reference. */
export type Amount = z.infer<typeof AmountSchema>;

/** A fact about an item's routes (whole record set): it was sent to `level`, by one of `kinds` when given. */
export const RouteConditionSchema = z.strictObject({
  level: z.enum(LEVELS),
  kinds: list(z.enum(ROUTE_KINDS)).optional(),
});
/** A route condition. */
export type RouteCondition = z.infer<typeof RouteConditionSchema>;

const clause = { id: clauseId, label, note: z.string().optional() };

/**
 * Points for an adoption (采用). Rules are tried in order; the first whose every given filter matches gives
 * the adoption its points. Omitted filters match anything; publication names are compared normalised.
 */
export const AdoptionRuleSchema = z.strictObject({
  ...clause,
  levels: list(z.enum(LEVELS)).optional(),
  publications: list(label).optional(),
  publicationPrefixes: list(label).optional(),
  forms: list(z.enum(ADOPTION_FORMS)).optional(),
  /** Item categories (信息类别). */
  categories: list(z.enum(CATEGORIES)).optional(),
  /** Every condition must hold for the rule to match. */
  requireRoutes: list(RouteConditionSchema).optional(),
  points: AmountSchema,
  /** Joint items: `split` (default: the joint rule) or `each` (every unit gets the full points). */
  credit: z.enum(['split', 'each']).optional(),
});
/** An adoption rule. */
export type AdoptionRule = z.infer<typeof AdoptionRuleSchema>;

/** Multiplies the points of matching adoptions (after the rule), e.g. 转报 ×2, 调研 ×2. */
export const MultiplierSchema = z.strictObject({
  ...clause,
  factor: AmountSchema,
  levels: list(z.enum(LEVELS)).optional(),
  /** Adoption rule ids this multiplier applies to. */
  rules: list(clauseId).optional(),
  categories: list(z.enum(CATEGORIES)).optional(),
  requireRoutes: list(RouteConditionSchema).optional(),
});
/** A multiplier. */
export type Multiplier = z.infer<typeof MultiplierSchema>;

/**
 * Points for a route (报送), or for a route of an item adopted nowhere. Rules are tried in order and a route
 * earns under the first it matches; each rule pays once per item, on its earliest matching route.
 */
export const RouteRuleSchema = z.strictObject({
  ...clause,
  levels: list(z.enum(LEVELS)).optional(),
  kinds: list(z.enum(ROUTE_KINDS)).optional(),
  categories: list(z.enum(CATEGORIES)).optional(),
  points: AmountSchema,
});
/** A route rule. */
export type RouteRule = z.infer<typeof RouteRuleSchema>;

/**
 * A leader instruction bonus (批示). Instructions matching rules of one `series` (default: the rule id) are
 * numbered per item over the whole record set: the first earns `points`, each further one `further`
 * (default 0: the bonus is paid once per item and series).
 */
export const InstructionRuleSchema = z.strictObject({
  ...clause,
  ranks: list(z.enum(LEADER_RANKS)).optional(),
  leaderCategories: list(z.enum(LEADER_CATEGORIES)).optional(),
  /** The instruction's 所在刊物. */
  publications: list(label).optional(),
  publicationPrefixes: list(label).optional(),
  points: AmountSchema,
  further: AmountSchema.optional(),
  series: clauseId.optional(),
});
/** An instruction rule. */
export type InstructionRule = z.infer<typeof InstructionRuleSchema>;

/** A bonus for an item with attachments (附件), paid once per item scored in the period. */
export const AttachmentRuleSchema = z.strictObject({
  ...clause,
  kinds: list(z.enum(ATTACHMENT_KINDS)),
  points: AmountSchema,
});
/** An attachment rule. */
export type AttachmentRule = z.infer<typeof AttachmentRuleSchema>;

/** A quota tier: at least `min` items in the window earns `points`. */
export const QuotaTierSchema = z.strictObject({ min: AmountSchema, points: AmountSchema });

/**
 * Base points from a quota: per window (the whole period, or each calendar month, quarter or year within it)
 * the unit's distinct items with a matching route dated in the window are counted; the highest tier met pays.
 */
export const QuotaRuleSchema = z.strictObject({
  ...clause,
  window: z.enum(['period', 'month', 'quarter', 'year']),
  levels: list(z.enum(LEVELS)).optional(),
  kinds: list(z.enum(ROUTE_KINDS)).optional(),
  categories: list(z.enum(CATEGORIES)).optional(),
  tiers: list(QuotaTierSchema),
  capPerWindow: AmountSchema.optional(),
  capPerYear: AmountSchema.optional(),
});
/** A quota rule. */
export type QuotaRule = z.infer<typeof QuotaRuleSchema>;

const penalty = { ...clause, kinds: list(z.enum(PENALTY_KINDS)), disqualify: z.boolean().optional() };

/**
 * A penalty (扣分) by kind: `fixed` points for each row; `every` N rows in the period; `itemPercent` cuts the
 * unit's points from the named item by a percentage, once per item. `disqualify` puts the unit out of awards.
 */
export const PenaltyRuleSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ ...penalty, type: z.literal('fixed'), points: AmountSchema }),
    z.strictObject({ ...penalty, type: z.literal('every'), every: z.number().int().min(1), points: AmountSchema }),
    z.strictObject({ ...penalty, type: z.literal('itemPercent'), percent: z.number().min(0).max(100) }),
  ],
  { error: '扣分条款的 type 应为 fixed、every 或 itemPercent' },
);
/** A penalty rule. */
export type PenaltyRule = z.infer<typeof PenaltyRuleSchema>;

/** A tie-break value, compared after the score, higher first. */
export const TieBreakSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      ...clause,
      type: z.literal('adoptionCount'),
      rules: list(clauseId).optional(),
      levels: list(z.enum(LEVELS)).optional(),
    }),
    z.strictObject({ ...clause, type: z.literal('scoredItems') }),
  ],
  { error: '并列规则的 type 应为 adoptionCount 或 scoredItems' },
);
/** A tie-break. */
export type TieBreak = z.infer<typeof TieBreakSchema>;

/** A scheme parameter a user can override. */
export const ParameterSchema = z.strictObject({ label, value: z.number(), note: z.string().optional() });

/** A scheme (计分办法) as JSON, version 1. Omitted sections earn nothing; defaults are documented per field. */
export const SchemeSchema = z.strictObject({
  format: z.literal(SCHEME_FORMAT, { error: `format 应为 "${SCHEME_FORMAT}"` }),
  version: z.literal(SCHEME_VERSION, { error: `version 应为 ${SCHEME_VERSION}` }),
  id: clauseId,
  name: label,
  /** Chinese description, stating every decision taken where the published text is silent. */
  description: label,
  /** The published source (文号). */
  source: z.string().optional(),
  /** Dates the scheme is in force; a missing end is open. */
  effective: z.strictObject({ from: isoDate.optional(), to: isoDate.optional() }).optional(),
  parameters: z.record(clauseId, ParameterSchema).optional(),
  /** Ranking groups, with per-group parameter values (used by quota clauses). */
  groups: z.array(z.strictObject({ name: label, parameters: z.record(clauseId, z.number()).optional() })).optional(),
  /** Joint items: `split` (default; by the records' shares, else equally) or `each`; `noCredit` units earn nothing. */
  joint: z.strictObject({ credit: z.enum(['split', 'each']).optional(), noCredit: list(label).optional() }).optional(),
  adoptions: z
    .strictObject({
      /** Several adoptions of one item in the period: `sum` (default) or `max` (highest only). */
      combine: z.enum(['sum', 'max']).optional(),
      rules: z.array(AdoptionRuleSchema),
      multipliers: z.array(MultiplierSchema).optional(),
    })
    .optional(),
  routes: z.array(RouteRuleSchema).optional(),
  /** Points for an item with no adoption at all in the record set, by its routes. */
  unadopted: z.array(RouteRuleSchema).optional(),
  /** Instruction bonuses; with `scoredOnly`, only on items scored in the period (default false). */
  instructions: z
    .strictObject({ scoredOnly: z.boolean().optional(), rules: z.array(InstructionRuleSchema) })
    .optional(),
  /** Attachment bonuses, paid once per item scored in the period. */
  attachments: z.strictObject({ rules: z.array(AttachmentRuleSchema) }).optional(),
  quotas: z.array(QuotaRuleSchema).optional(),
  penalties: z.array(PenaltyRuleSchema).optional(),
  /** `sum` (default) or `average` per scored item; a scored item has an adoption in the period matching `rules`. */
  aggregation: z
    .strictObject({
      method: z.enum(['sum', 'average']),
      scoredItems: z.strictObject({ rules: list(clauseId).optional() }).optional(),
    })
    .optional(),
  /** Units with a parent add into their top-most parent (default true). */
  rollUp: z.boolean().optional(),
  tieBreaks: z.array(TieBreakSchema).optional(),
});

/** A validated scheme. */
export type Scheme = z.infer<typeof SchemeSchema>;
/** A scheme as JSON before validation. */
export type SchemeInput = z.input<typeof SchemeSchema>;
