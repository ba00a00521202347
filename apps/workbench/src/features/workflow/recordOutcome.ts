import type { Adoption, Instruction, Problem, RecipientStatus, Result, Route } from '@caibian/core';
import type { RecordChange, RecordsRepository, StoredRecord } from '../../data/recordsRepository.ts';
import type { RecordKey } from '../../data/segments.ts';

/**
 * Records an adoption against one recipient, in one transaction: the adoption itself and the route's status
 * set to 已采用.
 *
 * @example
 * await recordAdoption(records, recipient, { itemId, level: '市', publication: '昨日情况', date: '2024-03-06' });
 */
export function recordAdoption(
  records: Pick<RecordsRepository, 'apply'>,
  route: StoredRecord<'routes'>,
  adoption: Adoption,
): Promise<Result<RecordKey[], Problem>> {
  const changes: RecordChange[] = [{ op: 'add', kind: 'adoptions', record: adoption }];
  if (route.record.status !== '已采用') {
    changes.push({ op: 'update', key: route.key, record: { ...route.record, status: '已采用' } satisfies Route });
  }
  return records.apply(changes);
}

/** Records a leader's instruction (批示) on the item. */
export function recordInstruction(
  records: Pick<RecordsRepository, 'apply'>,
  instruction: Instruction,
): Promise<Result<RecordKey[], Problem>> {
  return records.apply([{ op: 'add', kind: 'instructions', record: instruction }]);
}

/** Sets the status typed on a route (e.g. 未采用, 退改). */
export function setRouteStatus(
  records: Pick<RecordsRepository, 'apply'>,
  route: StoredRecord<'routes'>,
  status: RecipientStatus,
): Promise<Result<RecordKey[], Problem>> {
  return records.apply([{ op: 'update', key: route.key, record: { ...route.record, status } }]);
}
