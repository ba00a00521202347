import type { Commission, UnitId } from '@caibian/core';
import { App as AntApp, Card, Col, Empty, Row, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '../../data/RepositoriesContext.tsx';
import { CommissionCard } from './CommissionCard.tsx';
import { CommissionForm } from './CommissionForm.tsx';
import { isoDateOf, useNow } from './clock.ts';
import { buildCommission, type CommissionInput, newCommissionId } from './commissionLogic.ts';
import { ReminderCard } from './ReminderCard.tsx';

/** 约稿: requests to units with due dates, each unit's status today, the items that answer them, and 催报. */
export function CommissionsPage() {
  const { tracking, units, items } = useRepositories();
  const { message } = AntApp.useApp();
  const today = isoDateOf(useNow(60_000));
  const commissions = useLiveQuery(() => tracking.commissions(), [tracking]);
  const unitList = useLiveQuery(() => units.list(), [units]) ?? [];
  const itemIds = [...new Set((commissions ?? []).flatMap((c) => c.fulfilments.map((f) => f.itemId)))];
  const titles = useLiveQuery(
    async () =>
      new Map((await Promise.all(itemIds.map((id) => items.get(id)))).map((r, i) => [itemIds[i], r?.item.title])),
    [items, itemIds.join('\n')],
  );
  const names = new Map(unitList.map((u) => [u.id, u.name]));
  const unitName = (id: UnitId) => names.get(id) ?? id;
  const itemTitle = (id: string) => titles?.get(id as never) ?? `稿件 ${id}`;

  async function create(input: CommissionInput): Promise<boolean> {
    const built = buildCommission(newCommissionId(new Date()), input);
    if (!built.ok) {
      message.error(built.problems.join('；'));
      return false;
    }
    return save(built.value, '约稿已下发');
  }

  async function save(commission: Commission, done = '已保存'): Promise<boolean> {
    try {
      await tracking.putCommission(commission);
      message.success(done);
      return true;
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
      return false;
    }
  }

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={8}>
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Card title="下发约稿">
            <CommissionForm units={unitList} onSubmit={create} />
          </Card>
          <ReminderCard commissions={commissions ?? []} today={today} unitName={unitName} />
        </Space>
      </Col>
      <Col xs={24} xl={16}>
        <Card title="约稿列表">
          {commissions === undefined ? null : commissions.length === 0 ? (
            <Empty description="还没有约稿" />
          ) : (
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              {commissions.map((c) => (
                <CommissionCard
                  key={c.id}
                  commission={c}
                  today={today}
                  unitName={unitName}
                  itemTitle={itemTitle}
                  onSave={async (next) => {
                    await save(next);
                  }}
                  onRemove={() => tracking.removeCommission(c.id)}
                />
              ))}
            </Space>
          )}
        </Card>
      </Col>
    </Row>
  );
}
