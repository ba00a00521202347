import { App, Badge, Button, Col, Row, Select, Space, Tabs, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useRepositories } from '../../data/RepositoriesContext.tsx';
import type { SchemeRow } from '../../data/rows.ts';
import { schemeOptions } from '../rankings/ownSchemeOptions.ts';
import { JsonView } from './JsonView.tsx';
import { SchemeForm } from './SchemeForm.tsx';
import { SchemePreview } from './SchemePreview.tsx';
import { checkDraft, copyScheme } from './schemeDraft.ts';

/** 计分办法: edit a scheme (a copy of a preset, or the office's own) in a form or as JSON, with a live preview. */
export function SchemesPage() {
  const { schemes, settings } = useRepositories();
  const { message } = App.useApp();
  const [own, setOwn] = useState<SchemeRow[]>([]);
  const [source, setSource] = useState('preset:lianyungang');
  const [doc, setDoc] = useState<unknown>(null);
  const [formKey, setFormKey] = useState(0);
  const [tab, setTab] = useState('form');
  const [jsonText, setJsonText] = useState('');
  const [syntaxError, setSyntaxError] = useState<string | null>(null);
  const [ourUnit, setOurUnit] = useState<string | undefined>(undefined);
  const options = useMemo(() => schemeOptions(own), [own]);
  const check = useMemo(() => checkDraft(doc), [doc]);

  const load = useCallback((value: string, rows: readonly SchemeRow[]) => {
    setSource(value);
    const option = schemeOptions(rows).find((o) => o.value === value);
    const row = rows.find((r) => `own:${r.id}` === value);
    const next = row
      ? row.document
      : option
        ? copyScheme(
            option.ref.scheme,
            rows.map((r) => r.id),
          )
        : null;
    setDoc(next);
    setJsonText(JSON.stringify(next, null, 2));
    setSyntaxError(null);
    setFormKey((k) => k + 1);
  }, []);
  useEffect(() => {
    void Promise.all([schemes.list(), settings.get<string | null>('ourUnit', null)]).then(([rows, ours]) => {
      setOwn(rows);
      setOurUnit(ours ?? undefined);
      load('preset:lianyungang', rows);
    });
  }, [schemes, settings, load]);

  const onJson = (text: string) => {
    setJsonText(text);
    try {
      setDoc(JSON.parse(text));
      setSyntaxError(null);
    } catch (e) {
      setSyntaxError(e instanceof Error ? e.message : String(e));
    }
  };
  const onTab = (key: string) => {
    if (key === 'json') setJsonText(JSON.stringify(doc, null, 2));
    if (key === 'form' && !syntaxError) setFormKey((k) => k + 1);
    setTab(key);
  };
  const save = async () => {
    if (!check.result.ok) return;
    const scheme = check.result.value;
    const row = await schemes.save({
      id: scheme.id,
      name: scheme.name,
      formatVersion: scheme.version,
      document: scheme,
    });
    const rows = await schemes.list();
    setOwn(rows);
    setSource(`own:${row.id}`);
    void message.success(`已保存“${row.name}”第${row.revision}版`);
  };

  const problems = check.problems;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        计分办法
      </Typography.Title>
      <Space wrap>
        <Typography.Text>从此办法开始：</Typography.Text>
        <Select
          aria-label="起始办法"
          style={{ minWidth: 360 }}
          value={source}
          options={options.map((o) => ({ value: o.value, label: o.label }))}
          onChange={(value) => load(value, own)}
        />
        <Typography.Text type="secondary">选择预置办法会生成一份本办副本，保存后不影响预置办法。</Typography.Text>
      </Space>
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Space style={{ marginBottom: 8 }}>
            <Button type="primary" disabled={!check.result.ok || syntaxError !== null} onClick={save}>
              保存办法
            </Button>
            {problems.length > 0 || syntaxError ? (
              <Badge status="error" text={`有 ${problems.length + (syntaxError ? 1 : 0)} 处问题`} />
            ) : (
              <Badge status="success" text="办法有效" />
            )}
          </Space>
          {doc !== null && (
            <Tabs
              activeKey={tab}
              onChange={onTab}
              items={[
                {
                  key: 'form',
                  label: '表单',
                  children: (
                    <SchemeForm
                      key={formKey}
                      initial={doc}
                      problems={problems}
                      onChange={(next) => {
                        setDoc(next);
                        setSyntaxError(null);
                      }}
                    />
                  ),
                },
                {
                  key: 'json',
                  label: 'JSON',
                  children: (
                    <JsonView text={jsonText} syntaxError={syntaxError} problems={problems} onChange={onJson} />
                  ),
                },
              ]}
            />
          )}
        </Col>
        <Col xs={24} xl={8}>
          <SchemePreview scheme={check.result.ok ? check.result.value : null} ourUnit={ourUnit} />
        </Col>
      </Row>
    </Space>
  );
}
