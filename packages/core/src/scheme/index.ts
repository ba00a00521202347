/**
 * The scheme format (计分办法 as versioned JSON), its validation, JSON Schema, upgrades and the built-in presets.
 *
 * @packageDocumentation
 */

/** Normalises a publication name for comparison (removes 《》 and spaces, folds full-width brackets). */
export { normalizePublication } from './normalizePublication.ts';
/** Validates scheme JSON: `Result<Scheme, Problem>` with every problem located by JSON path; never throws. */
export { checkScheme, parseScheme } from './parseScheme.ts';
/** The nine published methods as schemes, and lookup by id. */
export { getPreset, PRESETS, type PresetId } from './presets/index.ts';
/** The JSON Schema of a scheme, for other teams' editors. */
export { schemeJsonSchema } from './schemeJsonSchema.ts';
/** Zod schemas and types of the scheme format, version 1. */
export {
  type AdoptionRule,
  AdoptionRuleSchema,
  type Amount,
  AmountSchema,
  type AttachmentRule,
  AttachmentRuleSchema,
  type InstructionRule,
  InstructionRuleSchema,
  type Multiplier,
  MultiplierSchema,
  ParameterSchema,
  type PenaltyRule,
  PenaltyRuleSchema,
  type QuotaRule,
  QuotaRuleSchema,
  QuotaTierSchema,
  type RouteCondition,
  RouteConditionSchema,
  type RouteRule,
  RouteRuleSchema,
  SCHEME_FORMAT,
  SCHEME_VERSION,
  type Scheme,
  type SchemeInput,
  SchemeSchema,
  type TieBreak,
  TieBreakSchema,
} from './schemeSchema.ts';
/** Upgrading older scheme versions, one pure step per version. */
export { SCHEME_UPGRADES, type SchemeUpgrade, upgradeScheme } from './upgradeScheme.ts';
