import type { DeadlineTable, UnitId, UrgentEvent } from '@caibian/core';
import { App as AntApp, Card, Col, Collapse, Modal, Row, Space, Tabs } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useRepositories } from '../../data/RepositoriesContext.tsx';
import { isoDateTimeOf, useNow } from '../commissions/clock.ts';
import { DeadlineTableEditor } from './DeadlineTableEditor.tsx';
import { DEADLINE_TABLE_SETTING, readDeadlineTable } from './deadlineSettings.ts';
import { EventList } from './EventList.tsx';
import { UrgentEventDetail } from './UrgentEventDetail.tsx';
import { UrgentForm } from './UrgentForm.tsx';
import { buildUrgentEvent, inputOfEvent, newEventId, type UrgentInput } from './urgentLogic.ts';

/** 紧急信息: record urgent events, count their deadlines down live, and keep the chain 初报 → 续报 → 终报. */
export function UrgentPage() {
  const { tracking, units, settings } = useRepositories();
  const { message } = AntApp.useApp();
  const now = isoDateTimeOf(useNow(1000));
  const events = useLiveQuery(() => tracking.urgentEvents(), [tracking]);
  const unitList = useLiveQuery(() => units.list(), [units]) ?? [];
  const stored = useLiveQuery(() => settings.get<unknown>(DEADLINE_TABLE_SETTING, null), [settings]);
  const { table, problems } = readDeadlineTable(stored);
  const [selectedId, setSelectedId] = useState<string>();
  const [editing, setEditing] = useState<UrgentEvent | null>(null);
  const names = new Map(unitList.map((u) => [u.id, u.name]));
  const unitName = (id: UnitId) => names.get(id) ?? id;
  const selected = events?.find((e) => e.id === selectedId) ?? events?.[0];

  async function save(event: UrgentEvent, done = '已保存'): Promise<boolean> {
    try {
      await tracking.putUrgentEvent(event);
      message.success(done);
      return true;
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
      return false;
    }
  }

  async function submit(input: UrgentInput, previous?: UrgentEvent): Promise<boolean> {
    const built = buildUrgentEvent(previous?.id ?? newEventId(new Date()), input, previous);
    if (!built.ok) {
      message.error(built.problems.join('；'));
      return false;
    }
    const saved = await save(built.value, previous ? '要素已更新' : '紧急信息已登记');
    if (saved) setSelectedId(built.value.id);
    return saved;
  }

  const eventsTab = (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={9}>
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Collapse
            defaultActiveKey={['new']}
            items={[
              {
                key: 'new',
                label: '登记紧急信息',
                children: (
                  <UrgentForm units={unitList} submitText="登记并开始计时" onSubmit={(input) => submit(input)} />
                ),
              },
            ]}
          />
          <Card title="事件列表">
            <EventList events={events ?? []} table={table} now={now} selected={selected?.id} onSelect={setSelectedId} />
          </Card>
        </Space>
      </Col>
      <Col xs={24} xl={15}>
        {selected && (
          <UrgentEventDetail
            event={selected}
            table={table}
            now={now}
            unitName={unitName}
            onSave={async (event) => {
              await save(event);
            }}
            onEdit={() => setEditing(selected)}
            onRemove={() => tracking.removeUrgentEvent(selected.id)}
          />
        )}
      </Col>
    </Row>
  );

  return (
    <>
      {problems.length > 0 && (
        <Card style={{ marginBottom: 16 }}>保存的时限表有误，暂按示例时限计算：{problems.join('；')}</Card>
      )}
      <Tabs
        items={[
          { key: 'events', label: '紧急信息', children: eventsTab },
          {
            key: 'deadlines',
            label: '时限设置',
            children:
              stored === undefined ? null : (
                <DeadlineTableEditor
                  key={JSON.stringify(table)}
                  table={table}
                  onSave={(next: DeadlineTable) => settings.set(DEADLINE_TABLE_SETTING, next)}
                />
              ),
          },
        ]}
      />
      {editing && (
        <Modal open title="补充要素" footer={null} onCancel={() => setEditing(null)} width={640} destroyOnHidden>
          <UrgentForm
            units={unitList}
            initial={inputOfEvent(editing)}
            submitText="保存"
            onSubmit={async (input) => {
              const ok = await submit(input, editing);
              if (ok) setEditing(null);
              return ok;
            }}
          />
        </Modal>
      )}
    </>
  );
}
