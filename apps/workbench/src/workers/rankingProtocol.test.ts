import { describe, expect, it } from 'vitest';
import { demoRecordSet } from '../features/rankings/seed/rankingSeed.ts';
import type { Opening, SavedChoices } from './opening.ts';
import { createRankingEngine } from './rankingEngine.ts';
import { createRequestHandler, type RankingResponse } from './rankingProtocol.ts';

const records = demoRecordSet();
const saved = (ourUnit: string | null): SavedChoices => ({ scheme: 'lianyungang', ourUnit, own: [] });
const opened = (response: RankingResponse) => {
  if (!response.ok) throw new Error(response.error);
  return response.value as Opening;
};

describe("the ranking worker's requests", () => {
  it('opens with the choices read beside the records, and reads them again for a later opening', async () => {
    let loads = 0;
    let reads = 0;
    const handle = createRequestHandler(
      async () => {
        loads += 1;
        return { engine: createRankingEngine(records), saved: saved('灌云县') };
      },
      {
        readSaved: async () => {
          reads += 1;
          return saved('海州区');
        },
      },
    );
    const first = opened(await handle({ id: 1, op: 'open' }));
    expect(first.ourUnit).toBe('灌云县');
    expect(first.view?.ours?.name).toBe('灌云县');
    expect(reads).toBe(0);
    const second = opened(await handle({ id: 2, op: 'open' }));
    expect(second.ourUnit).toBe('海州区');
    expect([loads, reads]).toEqual([1, 1]);
  });

  it('starts reading at once when eager, before any request', async () => {
    let loads = 0;
    const handle = createRequestHandler(
      async () => {
        loads += 1;
        return { engine: createRankingEngine(records) };
      },
      { eager: true },
    );
    expect(loads).toBe(1);
    const answer = await handle({ id: 1, op: 'load' });
    expect(answer.ok && (answer.value as { records: number }).records).toBeGreaterThan(0);
    expect(loads).toBe(1);
  });
});
