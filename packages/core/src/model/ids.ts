declare const brand: unique symbol;

/** A string or number that cannot be confused with another of the same shape. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A unit's id. In a records workbook, the unit's name (单位名称). */
export type UnitId = Brand<string, 'UnitId'>;
/** An item's id (编号). */
export type ItemId = Brand<string, 'ItemId'>;
/** A commissioned request's id (约稿). */
export type CommissionId = Brand<string, 'CommissionId'>;
/** An urgent event's id. */
export type EventId = Brand<string, 'EventId'>;
/** Points under a scheme. */
export type Points = Brand<number, 'Points'>;

/** Marks `value` as a {@link UnitId}. */
export const unitId = (value: string): UnitId => value as UnitId;
/** Marks `value` as an {@link ItemId}. */
export const itemId = (value: string): ItemId => value as ItemId;
/** Marks `value` as a {@link CommissionId}. */
export const commissionId = (value: string): CommissionId => value as CommissionId;
/** Marks `value` as an {@link EventId}. */
export const eventId = (value: string): EventId => value as EventId;
/** Marks `value` as {@link Points}. */
export const points = (value: number): Points => value as Points;
