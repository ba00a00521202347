import { type ItemId, type ItemSources, itemTracking, type RecipientStatus } from '@caibian/core';

/** How an item stands with one recipient, ready to show as a tag. */
export interface RecipientTag {
  readonly key: string;
  /** E.g. 市·市政府办公室·直报·已采用. */
  readonly label: string;
  readonly status: RecipientStatus;
  /** An antd tag colour for the status. */
  readonly color: string;
  /** The publications that adopted it at that level and the instructions, for a tooltip. */
  readonly detail: string;
}

/** Tag colours by recipient status. */
export const STATUS_COLORS: Readonly<Record<RecipientStatus, string>> = {
  已报送: 'blue',
  已采用: 'green',
  未采用: 'default',
  退改: 'orange',
};

/**
 * One tag per recipient (route) of an item, from core's {@link itemTracking}: level, office, 直报/转报 and
 * the status there (已采用 as soon as an adoption at the route's level exists).
 *
 * @example
 * recipientTags(records, itemId('A1')); // [{ label: '市·市政府办公室·直报·已采用', color: 'green', … }]
 */
export function recipientTags(records: ItemSources, item: ItemId): RecipientTag[] {
  return itemTracking(records, item).recipients.map((r, i) => {
    const adopted = r.adoptions.map((a) => `《${a.publication.replace(/[《》]/g, '')}》${a.issue ?? ''}`);
    const instructed = r.instructions.map((x) => `${x.leader ?? `${x.rank}领导`}批示`);
    return {
      key: `${i}-${r.level}-${r.office ?? ''}`,
      label: [r.level, r.office, r.kind, r.status].filter(Boolean).join('·'),
      status: r.status,
      color: STATUS_COLORS[r.status],
      detail: [...adopted, ...instructed].join('，'),
    };
  });
}
