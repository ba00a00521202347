import type { UnitId } from '@caibian/core';
import {
  App as AntApp,
  Button,
  Card,
  Col,
  Empty,
  Form,
  InputNumber,
  List,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useRepositories } from '../../data/RepositoriesContext.tsx';
import { BulletinNames } from './BulletinNames.tsx';
import { BULLETIN_NAMES_SETTING, DEFAULT_NAMES, issueNumberText } from './bulletinLogic.ts';
import { IssueEditor } from './IssueEditor.tsx';

/** 期刊: compile issues of the office's own bulletins, numbered per bulletin and year; export to Word and print. */
export function BulletinsPage() {
  const { bulletins, settings, units } = useRepositories();
  const { message } = AntApp.useApp();
  const names = useLiveQuery(() => settings.get<string[]>(BULLETIN_NAMES_SETTING, [...DEFAULT_NAMES]), [settings]);
  const issues = useLiveQuery(() => bulletins.list(), [bulletins]);
  const unitList = useLiveQuery(() => units.list(), [units]) ?? [];
  const [name, setName] = useState<string>();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [selectedId, setSelectedId] = useState<string>();
  const chosen = name ?? names?.[0];
  const next = useLiveQuery(
    () => (chosen ? bulletins.nextNumber(chosen, year) : Promise.resolve(undefined)),
    [bulletins, chosen, year, issues?.length],
  );
  const unitNames = new Map(unitList.map((u) => [u.id, u.name]));
  const unitName = (id: UnitId) => unitNames.get(id) ?? id;
  const selected = issues?.find((i) => i.id === selectedId) ?? issues?.[0];

  async function create() {
    if (!chosen) return;
    try {
      const row = await bulletins.create({ name: chosen, year });
      setSelectedId(row.id);
      message.success(`已新建《${row.name}》${issueNumberText(row.year, row.number)}`);
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={7}>
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Card title="新建一期">
            <Form layout="vertical">
              <Form.Item label="刊物">
                <Select
                  aria-label="刊物"
                  value={chosen}
                  onChange={setName}
                  options={(names ?? []).map((n) => ({ value: n, label: `《${n}》` }))}
                />
              </Form.Item>
              <Form.Item label="年度">
                <InputNumber
                  aria-label="年度"
                  min={2000}
                  max={2100}
                  value={year}
                  onChange={(v) => typeof v === 'number' && setYear(v)}
                />
              </Form.Item>
              <Typography.Paragraph>
                将编为：<Typography.Text strong>{next ? issueNumberText(year, next) : '—'}</Typography.Text>
              </Typography.Paragraph>
              <Button type="primary" onClick={create} disabled={!chosen}>
                新建本期
              </Button>
            </Form>
          </Card>
          <Card title="各期">
            {issues === undefined ? null : issues.length === 0 ? (
              <Empty description="还没有编发期刊" />
            ) : (
              <List
                aria-label="期刊列表"
                size="small"
                dataSource={issues}
                renderItem={(row) => (
                  <List.Item
                    onClick={() => setSelectedId(row.id)}
                    style={{ cursor: 'pointer', background: row.id === selected?.id ? '#e6f4ff' : undefined }}
                  >
                    <span>
                      《{row.name}》{issueNumberText(row.year, row.number)}
                    </span>
                    <Tag color={row.status === '已印发' ? 'green' : 'blue'}>{row.status}</Tag>
                  </List.Item>
                )}
              />
            )}
          </Card>
          <Card title="刊物设置">
            <BulletinNames names={names ?? []} onChange={(list) => settings.set(BULLETIN_NAMES_SETTING, list)} />
          </Card>
        </Space>
      </Col>
      <Col xs={24} xl={17}>
        {selected ? (
          <IssueEditor key={selected.id} row={selected} unitName={unitName} />
        ) : (
          <Card>
            <Empty description="新建一期后在这里编排稿件" />
          </Card>
        )}
      </Col>
    </Row>
  );
}
