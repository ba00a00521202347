import {
  type Category,
  type Disclosure,
  type Item,
  type ItemId,
  type SecrecyLevel,
  type UnitId,
  unitId,
} from '@caibian/core';

/** The metadata form's values: everything of an item but its title and body. */
export interface ItemMeta {
  /** One unit, or several for a joint item (联合报送). */
  readonly unitIds: readonly UnitId[];
  readonly category?: Category | undefined;
  readonly secrecy: SecrecyLevel;
  readonly disclosure?: Disclosure | undefined;
  readonly signer?: string | undefined;
  readonly contact?: string | undefined;
  /** `YYYY-MM-DD`. */
  readonly drafted?: string | undefined;
}

/** The metadata of a new item: our unit if set, 动态, 无密级, 公开, drafted today. */
export function newItemMeta(ourUnit: string | undefined, today: string): ItemMeta {
  return {
    unitIds: ourUnit ? [unitId(ourUnit)] : [],
    category: '动态',
    secrecy: '无',
    disclosure: '公开',
    drafted: today,
  };
}

/** The metadata of a stored item. */
export function metaOfItem(item: Item): ItemMeta {
  return {
    unitIds: item.units.map((u) => u.unitId),
    category: item.category,
    secrecy: item.secrecy,
    disclosure: item.disclosure,
    signer: item.signer,
    contact: item.contact,
    drafted: item.drafted,
  };
}

const clean = (text: string | undefined) => {
  const t = text?.trim();
  return t ? t : undefined;
};

/**
 * The item to save from its metadata and the editor's title and body text, keeping what the form does not
 * edit (shares of a joint item, attachments, tags, the sign-off date) from `base`.
 *
 * @example
 * buildItem(itemId('A1'), meta, { title: '我县召开防汛会议', text: '7月1日……' });
 */
export function buildItem(
  id: ItemId,
  meta: ItemMeta,
  content: { readonly title: string; readonly text: string },
  base?: Item,
): Item {
  const shares = new Map((base?.units ?? []).map((u) => [u.unitId, u.share]));
  const item: Item = {
    id,
    title: content.title.trim(),
    body: content.text,
    units: [...new Set(meta.unitIds)].map((u) => {
      const share = shares.get(u);
      return share === undefined ? { unitId: u } : { unitId: u, share };
    }),
    secrecy: meta.secrecy,
    attachments: base?.attachments ?? [],
    tags: base?.tags ?? [],
  };
  const optional = {
    category: meta.category,
    disclosure: meta.disclosure,
    signer: clean(meta.signer),
    contact: clean(meta.contact),
    drafted: clean(meta.drafted),
    signed: base?.signed,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (item as Record<string, unknown>)[key] = value;
  }
  return item;
}

/** What must be filled in before an item can be saved, in Chinese; empty when it can be. */
export function itemProblems(item: Item): string[] {
  const problems: string[] = [];
  if (!item.title) problems.push('请填写标题');
  if (item.units.length === 0) problems.push('请至少选择一个报送单位');
  if (item.drafted !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(item.drafted)) problems.push('拟稿日期应为 YYYY-MM-DD');
  return problems;
}
