import { Button, Card, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { AmountInput } from './AmountInput.tsx';
import { type FieldSpec, OPTION_LABELS, type SectionSpec } from './sectionFields.ts';

const options = (values: readonly string[] = []) => values.map((v) => ({ value: v, label: OPTION_LABELS[v] ?? v }));

/** The control of one field kind. */
function control(spec: FieldSpec) {
  switch (spec.kind) {
    case 'id':
    case 'text':
      return <Input style={{ width: spec.width ?? 160 }} />;
    case 'number':
      return <InputNumber style={{ width: spec.width ?? 100 }} />;
    case 'amount':
      return <AmountInput width={spec.width} />;
    case 'tags':
      return <Select mode="tags" style={{ minWidth: 180 }} open={false} suffixIcon={null} placeholder="输入后回车" />;
    case 'multi':
      return (
        <Select
          mode="multiple"
          allowClear
          style={{ minWidth: 140 }}
          options={options(spec.options)}
          placeholder="不限"
        />
      );
    case 'select':
      return <Select allowClear style={{ minWidth: 120 }} options={options(spec.options)} placeholder="默认" />;
    case 'switch':
      return <Switch />;
    case 'tiers':
      return null;
  }
}

/** Quota tiers: at least `min` items earn `points`. */
function Tiers({ name }: { name: (string | number)[] }) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Space direction="vertical" size={4}>
          {fields.map((f) => (
            <Space key={f.key} align="baseline">
              <Form.Item name={[f.name, 'min']} label="至少" style={{ margin: 0 }}>
                <AmountInput width={80} />
              </Form.Item>
              <Form.Item name={[f.name, 'points']} label="得分" style={{ margin: 0 }}>
                <AmountInput width={80} />
              </Form.Item>
              <Button size="small" onClick={() => remove(f.name)}>
                删除档次
              </Button>
            </Space>
          ))}
          <Button size="small" onClick={() => add({ min: 1, points: 1 })}>
            添加档次
          </Button>
        </Space>
      )}
    </Form.List>
  );
}

/** One list section of a scheme (采用、报送、批示…): a card per rule, its fields inline, add and remove. */
export function RuleList({ section }: { section: SectionSpec }) {
  return (
    <Form.List name={[...section.path]}>
      {(fields, { add, remove, move }) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          {fields.map((f, i) => (
            <Card
              key={f.key}
              size="small"
              title={`第${i + 1}条`}
              extra={
                <Space>
                  <Button size="small" disabled={i === 0} onClick={() => move(i, i - 1)}>
                    上移
                  </Button>
                  <Button size="small" danger onClick={() => remove(f.name)}>
                    删除
                  </Button>
                </Space>
              }
            >
              <Space wrap align="start">
                {section.fields.map((spec) =>
                  spec.kind === 'tiers' ? (
                    <Form.Item key={spec.name} label={spec.label}>
                      <Tiers name={[f.name, spec.name]} />
                    </Form.Item>
                  ) : (
                    <Form.Item
                      key={spec.name}
                      name={[f.name, spec.name]}
                      label={spec.label}
                      valuePropName={spec.kind === 'switch' ? 'checked' : 'value'}
                      style={{ marginBottom: 8 }}
                    >
                      {control(spec)}
                    </Form.Item>
                  ),
                )}
              </Space>
            </Card>
          ))}
          <Button onClick={() => add(structuredClone(section.blank))}>添加条款</Button>
        </Space>
      )}
    </Form.List>
  );
}
