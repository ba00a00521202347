import type { Commission, CommissionId, EventId, UrgentEvent } from '@caibian/core';
import type { CaibianDb } from './db.ts';

/** Reads and writes commissions (约稿) and urgent events (紧急信息). */
export interface TrackingRepository {
  /** Every commission, by due date. */
  commissions(): Promise<Commission[]>;
  putCommission(commission: Commission): Promise<void>;
  removeCommission(id: CommissionId): Promise<void>;
  /** Every urgent event, newest first (by 接报时间). */
  urgentEvents(): Promise<UrgentEvent[]>;
  getUrgentEvent(id: EventId): Promise<UrgentEvent | undefined>;
  putUrgentEvent(event: UrgentEvent): Promise<void>;
  removeUrgentEvent(id: EventId): Promise<void>;
}

/** A {@link TrackingRepository} over `db`. */
export function createTrackingRepository(db: CaibianDb): TrackingRepository {
  return {
    commissions: () => db.commissions.orderBy('due').toArray(),
    async putCommission(commission) {
      await db.commissions.put(commission);
    },
    removeCommission: (id) => db.commissions.delete(id),
    urgentEvents: () => db.urgentEvents.orderBy('receivedAt').reverse().toArray(),
    getUrgentEvent: (id) => db.urgentEvents.get(id),
    async putUrgentEvent(event) {
      await db.urgentEvents.put(event);
    },
    removeUrgentEvent: (id) => db.urgentEvents.delete(id),
  };
}
