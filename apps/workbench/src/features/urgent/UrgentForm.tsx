import { SEVERITY_GRADES, type Unit } from '@caibian/core';
import { Button, Col, Form, Input, Row, Select, Space } from 'antd';
import { isoDateTimeOf } from '../commissions/clock.ts';
import { URGENT_TEXT_FIELDS, type UrgentInput } from './urgentLogic.ts';

const PLACEHOLDERS: Record<(typeof URGENT_TEXT_FIELDS)[number]['field'], string> = {
  place: '如：某镇某村某组',
  nature: '如：山体滑坡、交通事故、火灾',
  scope: '波及范围、涉及人数',
  casualties: '死亡、受伤、失联人数，直接经济损失',
  measures: '已采取的处置措施',
  trend: '事态发展趋势及下步措施',
  signer: '签发领导姓名',
  contact: '如：张三 0818-1234567',
};

/**
 * The form of an urgent event: name, grade, reporting unit, times and the required fields of domain.md. Fields
 * left blank are highlighted as missing; the event can still be saved (the duty office records what it knows).
 */
export function UrgentForm({
  units,
  initial,
  submitText,
  onSubmit,
}: {
  units: readonly Unit[];
  initial?: UrgentInput;
  submitText: string;
  onSubmit: (input: UrgentInput) => Promise<boolean>;
}) {
  const [form] = Form.useForm<UrgentInput>();
  const values = Form.useWatch([], form) as Partial<UrgentInput> | undefined;
  const blank = (field: keyof UrgentInput) => !String(values?.[field] ?? '').trim();

  async function finish(input: UrgentInput) {
    if ((await onSubmit(input)) && !initial) form.resetFields();
  }

  const timeField = (name: 'occurredAt' | 'receivedAt', label: string) => (
    <Form.Item label={label} required>
      <Space.Compact style={{ width: '100%' }}>
        <Form.Item name={name} noStyle rules={[{ required: true, message: `请填写${label}` }]}>
          <Input type="datetime-local" aria-label={label} />
        </Form.Item>
        <Button onClick={() => form.setFieldValue(name, isoDateTimeOf(new Date()))}>现在</Button>
      </Space.Compact>
    </Form.Item>
  );

  return (
    <Form<UrgentInput>
      form={form}
      layout="vertical"
      initialValues={initial ?? { grade: '一般' }}
      onFinish={finish}
      aria-label="紧急信息表单"
    >
      <Form.Item
        label="事件名称"
        name="title"
        rules={[{ required: true, whitespace: true, message: '请填写事件名称' }]}
      >
        <Input placeholder="如：某镇发生山体滑坡" maxLength={100} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label="事件等级" name="grade" rules={[{ required: true }]}>
            <Select aria-label="事件等级" options={SEVERITY_GRADES.map((g) => ({ value: g, label: g }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="报告单位" name="unitId" rules={[{ required: true, message: '请选择报告单位' }]}>
            <Select
              aria-label="报告单位"
              showSearch
              optionFilterProp="label"
              placeholder={units.length === 0 ? '还没有单位' : '选择单位'}
              options={units.map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>{timeField('occurredAt', '事发时间')}</Col>
        <Col span={12}>{timeField('receivedAt', '接报时间')}</Col>
      </Row>
      {URGENT_TEXT_FIELDS.map(({ field, name }) => (
        <Form.Item
          key={field}
          label={name}
          name={field}
          validateStatus={blank(field) ? 'warning' : ''}
          help={blank(field) ? `必报要素“${name}”尚未填写` : undefined}
        >
          {field === 'measures' || field === 'casualties' || field === 'trend' || field === 'scope' ? (
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder={PLACEHOLDERS[field]} />
          ) : (
            <Input placeholder={PLACEHOLDERS[field]} />
          )}
        </Form.Item>
      ))}
      <Button type="primary" htmlType="submit">
        {submitText}
      </Button>
    </Form>
  );
}
