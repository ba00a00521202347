import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minutesBetween } from '../model/date.ts';
import type { UrgentEvent } from '../model/records.ts';
import {
  commissionArb,
  dayFrom,
  deadlineTable,
  minutesFrom,
  permute,
  trackingRecords,
  urgentEvent,
} from './__tests__/arbitraries.ts';
import { at, u } from './__tests__/builders.ts';
import { commissionStatus } from './commissionStatus.ts';
import { DEFAULT_DEADLINE_TABLE } from './deadlineTable.ts';
import { derivePenalties } from './derivePenalties.ts';
import type { DeadlineState } from './states.ts';
import { addMinutes } from './time.ts';
import { unitTracking } from './unitTracking.ts';
import { urgentPenalties } from './urgentPenalties.ts';
import { urgentStatus } from './urgentStatus.ts';

const run = (property: fc.IRawProperty<unknown[]>) => fc.assert(property, { verbose: true });

/** A later state may follow an earlier one: pending settles, missing may turn late, settled states stay. */
function follows(before: DeadlineState, after: DeadlineState): boolean {
  if (before === '待报') return true;
  if (before === '未报') return after === '未报' || after === '迟报';
  return after === before;
}

const table = fc.oneof(fc.constant(DEFAULT_DEADLINE_TABLE), deadlineTable);

describe('tracking properties', () => {
  it('addMinutes and minutesBetween agree across midnights and the leap day', () => {
    run(
      fc.property(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -100_000, max: 100_000 }), (from, m) => {
        const start = minutesFrom(from);
        expect(minutesBetween(start, addMinutes(start, m))).toBe(m);
      }),
    );
  });

  it('an urgent deadline never goes back to pending, nor changes once met or late, as the clock moves on', () => {
    run(
      fc.property(urgentEvent, table, fc.nat(3000), fc.nat(3000), (event, t, a, b) => {
        const [early, late] = [Math.min(a, b), Math.max(a, b)].map((m) => urgentStatus(event, t, minutesFrom(m)));
        const key = (d: { stage: string; channel?: string | undefined; followUp?: number }, n: number) =>
          d.followUp === undefined ? `t${n}` : `f${d.followUp}`;
        const after = new Map(late?.deadlines.map((d, n) => [key(d, n), d.state]));
        for (const [n, d] of (early?.deadlines ?? []).entries()) {
          const next = after.get(key(d, n));
          if (d.state !== '待报') expect(next).toBeDefined();
          if (next !== undefined) expect(follows(d.state, next), `${d.rule}: ${d.state} → ${next}`).toBe(true);
        }
      }),
    );
  });

  it('a commission never goes back to pending, nor changes once on time or late, as the days pass', () => {
    run(
      fc.property(commissionArb, fc.nat(20), fc.nat(20), (c, a, b) => {
        for (const unit of c.unitIds) {
          const early = commissionStatus(c, unit, dayFrom(Math.min(a, b)));
          const late = commissionStatus(c, unit, dayFrom(Math.max(a, b)));
          expect(early && late && follows(early.state, late.state)).toBe(true);
        }
      }),
    );
  });

  it('derived penalties do not depend on the order of events, reports, commissions or fulfilments', () => {
    run(
      fc.property(
        fc.array(urgentEvent, { maxLength: 4 }),
        fc.array(commissionArb, { maxLength: 3 }),
        table,
        fc.array(fc.integer(), { minLength: 1, maxLength: 10 }),
        fc.nat(4 * 1440),
        (events, commissions, t, keys, clock) => {
          const asOf = minutesFrom(clock);
          const shuffled = {
            urgentEvents: permute(events, keys).map((e) => ({ ...e, reports: permute(e.reports, keys.slice(1)) })),
            commissions: permute(commissions, keys.slice(2)).map((c) => ({
              ...c,
              unitIds: permute(c.unitIds, keys),
              fulfilments: permute(c.fulfilments, keys.slice(3)),
            })),
          };
          expect(derivePenalties(shuffled, t, asOf)).toEqual(
            derivePenalties({ urgentEvents: events, commissions }, t, asOf),
          );
        },
      ),
    );
  });

  it('gives at most one urgent penalty per event, 漏报 exactly when no 初报 was made by the clock', () => {
    run(
      fc.property(urgentEvent, fc.nat(4 * 1440), (event: UrgentEvent, clock) => {
        const asOf = minutesFrom(clock);
        const penalties = urgentPenalties([event], DEFAULT_DEADLINE_TABLE, asOf);
        expect(penalties.length).toBeLessThanOrEqual(1);
        const anyFirst = event.reports.some((r) => r.stage === '初报' && r.at <= asOf);
        if (penalties[0]?.kind === '漏报') expect(anyFirst).toBe(false);
        if (penalties[0]?.kind === '迟报') expect(anyFirst).toBe(true);
      }),
    );
  });

  it('an adoption rate lies between 0 and 1, and a roll-up counts no fewer items than any unit in it', () => {
    run(
      fc.property(trackingRecords, (records) => {
        const period = { from: dayFrom(5), to: dayFrom(40) };
        const city = unitTracking(records, u('市直'), period, { rollUp: true, now: at('2024-04-30T00:00') });
        for (const id of ['市直', '宣汉县', '南坝镇']) {
          const own = unitTracking(records, u(id), period);
          expect(city.submitted).toBeGreaterThanOrEqual(own.submitted);
          expect(city.adopted).toBeGreaterThanOrEqual(own.adopted);
          for (const f of Object.values(own.byLevel)) {
            expect(f.adoptedOfSubmitted).toBeLessThanOrEqual(f.submitted);
            if (f.rate !== null) expect(f.rate >= 0 && f.rate <= 1).toBe(true);
            else expect(f.submitted).toBe(0);
          }
        }
      }),
    );
  });
});
