import { CATEGORIES, DISCLOSURES, SECRECY_LEVELS, type Unit } from '@caibian/core';
import { Col, Form, Input, Row, Select } from 'antd';
import type { ItemMeta } from './itemMeta.ts';

/** Props of {@link ItemMetaForm}. Uncontrolled: remount it (a new `key`) to show other values. */
export interface ItemMetaFormProps {
  readonly initial: ItemMeta;
  readonly units: readonly Unit[];
  readonly onChange: (meta: ItemMeta) => void;
  /** Every field read-only (a signed-off item). Default: false. */
  readonly disabled?: boolean;
}

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** The item's metadata: units (several for a joint item), 信息类别, 密级, 公开属性, 签发人, contact, date. */
export function ItemMetaForm({ initial, units, onChange, disabled = false }: ItemMetaFormProps) {
  const [form] = Form.useForm<ItemMeta>();
  return (
    <Form<ItemMeta>
      form={form}
      layout="vertical"
      aria-label="稿件信息"
      disabled={disabled}
      initialValues={{ ...initial, unitIds: [...initial.unitIds] }}
      onValuesChange={(_, all) => onChange({ ...initial, ...all })}
    >
      <Form.Item
        label="报送单位"
        name="unitIds"
        tooltip="联合报送时选择多个单位；输入新单位名称后回车即可添加"
        rules={[{ required: true, message: '请至少选择一个报送单位' }]}
      >
        <Select
          mode="tags"
          aria-label="报送单位"
          placeholder="选择或输入单位名称"
          options={units.map((u) => ({ value: u.id, label: u.name }))}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item label="信息类别" name="category">
            <Select aria-label="信息类别" allowClear options={options(CATEGORIES)} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="密级" name="secrecy">
            <Select aria-label="密级" options={options(SECRECY_LEVELS)} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="公开属性" name="disclosure">
            <Select aria-label="公开属性" allowClear options={options(DISCLOSURES)} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item label="签发人" name="signer" tooltip="签发时由审核人填写">
            <Input aria-label="签发人" placeholder="签发领导姓名" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="联系人和电话" name="contact">
            <Input aria-label="联系人和电话" placeholder="如：张三 0818-1234567" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            label="拟稿日期"
            name="drafted"
            rules={[{ pattern: /^\d{4}-\d{2}-\d{2}$/, message: '日期格式应为 YYYY-MM-DD' }]}
          >
            <Input aria-label="拟稿日期" placeholder="YYYY-MM-DD" />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
