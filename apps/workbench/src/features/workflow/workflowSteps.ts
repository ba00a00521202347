import {
  type Adoption,
  type AdoptionForm,
  type Instruction,
  type ItemId,
  isIsoDate,
  type LeaderCategory,
  type LeaderRank,
  type Level,
  type Route,
  type RouteKind,
} from '@caibian/core';
import { type ItemAction, TRANSITIONS } from '../../data/itemRows.ts';
import type { ItemStatus } from '../../data/rows.ts';

/** The steps shown above the workflow: 草稿 → 审核 → 签发 → 报送. */
export const WORKFLOW_STEPS = ['草稿', '审核', '签发', '报送'] as const;

/** The index of the current step in {@link WORKFLOW_STEPS} for a status (退改 goes back to 草稿). */
export function stepOf(status: ItemStatus): number {
  switch (status) {
    case '草稿':
    case '退改':
      return 0;
    case '审核中':
      return 1;
    case '已签发':
      return 2;
    case '已报送':
      return 3;
  }
}

/** The workflow actions allowed from a status, in the order they are offered. */
export function actionsFor(status: ItemStatus): ItemAction[] {
  return (['送审', '退改', '签发', '报送', '撤回签发'] as const).filter((a) => TRANSITIONS[a].from.includes(status));
}

/** A picked date: an antd DatePicker value (anything with `format`) or a `YYYY-MM-DD` string. */
export type PickedDate = { format(pattern: string): string } | string | null | undefined;

/** The `YYYY-MM-DD` of a picked date, or undefined when none or not a real date. */
export function isoOf(value: PickedDate): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = typeof value === 'string' ? value : value.format('YYYY-MM-DD');
  return isIsoDate(text) ? text : undefined;
}

/** One recipient chosen in the 报送 form. */
export interface RecipientInput {
  readonly office?: string;
  readonly level: Level;
  readonly kind: RouteKind;
}

/** The routes (报送) to write for the chosen recipients on `date`; duplicates (same level, office, kind) once. */
export function routesFor(itemId: ItemId, recipients: readonly RecipientInput[], date: string): Route[] {
  const seen = new Set<string>();
  const out: Route[] = [];
  for (const r of recipients) {
    const office = r.office?.trim();
    const key = `${r.level}/${office ?? ''}/${r.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      itemId,
      level: r.level,
      kind: r.kind,
      date: date as Route['date'],
      status: '已报送',
      ...(office ? { office } : {}),
    });
  }
  return out;
}

/** The 采用 form's values. */
export interface AdoptionInput {
  readonly publication: string;
  readonly form?: AdoptionForm;
  readonly date: PickedDate;
  readonly issue?: string;
}

/** The adoption to record for a recipient at `level`, or null when the date is missing. */
export function adoptionFor(itemId: ItemId, level: Level, input: AdoptionInput): Adoption | null {
  const date = isoOf(input.date);
  if (!date || !input.publication.trim()) return null;
  const issue = input.issue?.trim();
  return {
    itemId,
    level,
    publication: input.publication.trim().replace(/^《|》$/g, ''),
    date: date as Adoption['date'],
    ...(input.form ? { form: input.form } : {}),
    ...(issue ? { issue } : {}),
  };
}

/** The 批示 form's values. */
export interface InstructionInput {
  readonly leader?: string;
  readonly rank: LeaderRank;
  readonly category?: LeaderCategory;
  readonly date: PickedDate;
  readonly publication?: string;
}

/** The instruction to record, or null when the date is missing. */
export function instructionFor(itemId: ItemId, input: InstructionInput): Instruction | null {
  const date = isoOf(input.date);
  if (!date) return null;
  const leader = input.leader?.trim();
  const publication = input.publication?.trim().replace(/^《|》$/g, '');
  return {
    itemId,
    rank: input.rank,
    category: input.category ?? '其他领导',
    date: date as Instruction['date'],
    ...(leader ? { leader } : {}),
    ...(publication ? { publication } : {}),
  };
}
