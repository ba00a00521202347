/** Small builders for tracking tests: each makes one valid record with plain defaults that a test overrides. */
import type { IsoDate, IsoDateTime } from '../../model/date.ts';
import { commissionId, eventId, type ItemId, itemId, type UnitId, unitId } from '../../model/ids.ts';
import type {
  Adoption,
  Commission,
  Instruction,
  Item,
  Route,
  Unit,
  UrgentEvent,
  UrgentReport,
} from '../../model/records.ts';
import type { LeaderRank, Level, SeverityGrade } from '../../model/vocabulary.ts';

export const day = (text: string): IsoDate => text as IsoDate;
export const at = (text: string): IsoDateTime => text as IsoDateTime;

export const unit = (id: string, parent?: string): Unit => ({
  id: unitId(id),
  name: id,
  ...(parent !== undefined ? { parentId: unitId(parent) } : {}),
});

export const item = (id: string, ...units: string[]): Item => ({
  id: itemId(id),
  title: `信息${id}`,
  units: units.map((u) => ({ unitId: unitId(u) })),
  secrecy: '无',
  attachments: [],
  tags: [],
});

export const route = (id: string, level: Level, date: string, over: Partial<Route> = {}): Route => ({
  itemId: itemId(id),
  level,
  kind: '直报',
  date: day(date),
  status: '已报送',
  ...over,
});

export const adoption = (id: string, level: Level, date: string, publication = `${level}级刊物`): Adoption => ({
  itemId: itemId(id),
  level,
  publication,
  date: day(date),
});

export const instruction = (id: string, rank: LeaderRank, date: string, publication?: string): Instruction => ({
  itemId: itemId(id),
  rank,
  category: '其他领导',
  date: day(date),
  ...(publication !== undefined ? { publication } : {}),
});

export const report = (
  stage: UrgentReport['stage'],
  channel: UrgentReport['channel'],
  time: string,
  item?: string,
): UrgentReport => ({ stage, channel, at: at(time), ...(item !== undefined ? { itemId: itemId(item) } : {}) });

/** A complete 重大 event received 2024-03-05 10:00, with every required field and no reports yet. */
export const urgentEvent = (over: Partial<UrgentEvent> & { grade?: SeverityGrade } = {}): UrgentEvent => ({
  id: eventId('E1'),
  title: '某镇化工厂火灾',
  grade: '重大',
  unitId: unitId('宣汉县'),
  occurredAt: at('2024-03-05T09:50'),
  receivedAt: at('2024-03-05T10:00'),
  place: '某镇工业园',
  nature: '火灾',
  scope: '厂区及周边两个村',
  casualties: '无人员伤亡',
  measures: '已疏散群众',
  trend: '火势已控制',
  signer: '张三',
  contact: '李四 0818-1234567',
  reports: [],
  ...over,
});

export const commission = (
  id: string,
  due: string,
  units: string[],
  fulfilments: { unit: string; item: string; date: string }[] = [],
): Commission => ({
  id: commissionId(id),
  topic: `专题${id}`,
  unitIds: units.map(unitId),
  due: day(due),
  fulfilments: fulfilments.map((f) => ({ unitId: unitId(f.unit), itemId: itemId(f.item), date: day(f.date) })),
});

export const u = (id: string): UnitId => unitId(id);
export const i = (id: string): ItemId => itemId(id);
