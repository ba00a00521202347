import type { Problem } from '@caibian/core';
import { Collapse, Form, type FormInstance, Input, Select, Space, Switch } from 'antd';
import { useEffect, useRef } from 'react';
import { RuleList } from './RuleList.tsx';
import { formToDocument } from './schemeDraft.ts';
import { OPTION_LABELS, SECTIONS } from './sectionFields.ts';

/** Props of {@link SchemeForm}. */
export interface SchemeFormProps {
  /** The document the form starts from (remount with a new `key` to load another). */
  readonly initial: unknown;
  /** Problems of the current draft, shown at their fields. */
  readonly problems: readonly Problem[];
  /** Called with the cleaned document after every edit. */
  readonly onChange: (document: unknown) => void;
}

const choose = (values: readonly string[]) => values.map((v) => ({ value: v, label: OPTION_LABELS[v] ?? v }));

/** Shows `problems` at their fields (JSON path = form name) and clears the ones fixed since. */
function useFieldErrors(form: FormInstance, problems: readonly Problem[]) {
  const shown = useRef<(string | number)[][]>([]);
  useEffect(() => {
    const byPath = new Map<string, { name: (string | number)[]; errors: string[] }>();
    for (const p of problems) {
      const name = [...(p.path ?? [])];
      const key = JSON.stringify(name);
      const entry = byPath.get(key) ?? { name, errors: [] };
      entry.errors.push(p.message);
      byPath.set(key, entry);
    }
    const cleared = shown.current
      .filter((name) => !byPath.has(JSON.stringify(name)))
      .map((name) => ({ name, errors: [] }));
    form.setFields([...cleared, ...byPath.values()]);
    shown.current = [...byPath.values()].map((e) => e.name);
  }, [form, problems]);
}

/**
 * Edits every section of a scheme in a form; each edit is validated at once by the page with `parseScheme`,
 * and its Chinese messages appear at the fields their JSON paths name. Parameters and groups are edited in
 * the JSON view.
 */
export function SchemeForm({ initial, problems, onChange }: SchemeFormProps) {
  const [form] = Form.useForm();
  useFieldErrors(form, problems);
  return (
    <Form
      form={form}
      name="scheme"
      layout="vertical"
      initialValues={initial as object}
      onValuesChange={() => onChange(formToDocument(form.getFieldsValue(true)))}
    >
      <Space wrap align="start">
        <Form.Item name="id" label="办法编号">
          <Input style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="name" label="办法名称">
          <Input style={{ width: 360 }} />
        </Form.Item>
        <Form.Item name="source" label="文号">
          <Input style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name={['effective', 'from']} label="生效日期（起）">
          <Input style={{ width: 140 }} placeholder="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name={['effective', 'to']} label="生效日期（止）">
          <Input style={{ width: 140 }} placeholder="不填为长期有效" />
        </Form.Item>
      </Space>
      <Form.Item name="description" label="说明（写明原文未规定时的决定）">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item name={['adoptions', 'combine']} label="一条信息多次采用">
          <Select allowClear style={{ width: 140 }} options={choose(['sum', 'max'])} placeholder="累加" />
        </Form.Item>
        <Form.Item name={['joint', 'credit']} label="联合报送">
          <Select allowClear style={{ width: 140 }} options={choose(['split', 'each'])} placeholder="平均分配" />
        </Form.Item>
        <Form.Item name={['aggregation', 'method']} label="汇总方式">
          <Select allowClear style={{ width: 220 }} options={choose(['sum', 'average'])} placeholder="累加" />
        </Form.Item>
        <Form.Item name={['instructions', 'scoredOnly']} label="批示只对本期计分信息加分" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="rollUp" label="下级单位得分计入上级" valuePropName="checked" initialValue={true}>
          <Switch />
        </Form.Item>
      </Space>
      <Collapse
        defaultActiveKey={['adoptions.rules']}
        items={SECTIONS.map((section) => ({
          key: section.path.join('.'),
          label: section.title,
          forceRender: true,
          children: <RuleList section={section} />,
        }))}
      />
    </Form>
  );
}
