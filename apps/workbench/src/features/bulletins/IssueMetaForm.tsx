import type { RecipientKind } from '@caibian/editor';
import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useRef } from 'react';
import { ISSUE_SECRECY, type IssueMeta, splitRecipients } from './bulletinLogic.ts';

const KIND_LABELS: Record<RecipientKind, string> = { 报: '报（上级）', 送: '送（同级）', 发: '发（下级）' };

/**
 * The layout fields of an issue: editing unit, date, 密级, recipients 报/送/发 and copies. Saves on every change.
 * Changes build on each other, not on the last saved value: leaving one field and then another quickly must not
 * let the second save undo the first (the form is keyed by issue, so it starts afresh for each issue).
 */
export function IssueMetaForm({ meta, onChange }: { meta: IssueMeta; onChange: (meta: IssueMeta) => void }) {
  const latest = useRef(meta);
  const change = (patch: Partial<IssueMeta>) => {
    latest.current = { ...latest.current, ...patch };
    onChange(latest.current);
  };
  const recipients = (kind: RecipientKind) => (
    <Form.Item label={KIND_LABELS[kind]}>
      <Input
        aria-label={`${kind}送单位`}
        defaultValue={meta.to[kind].join('、')}
        placeholder="多个单位用顿号分隔"
        onBlur={(e) => change({ to: { ...latest.current.to, [kind]: splitRecipients(e.target.value) } })}
      />
    </Form.Item>
  );
  return (
    <Form layout="vertical" size="small">
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label="编发单位">
            <Input
              aria-label="编发单位"
              defaultValue={meta.editor}
              placeholder="如：宣汉县人民政府办公室"
              onBlur={(e) => change({ editor: e.target.value.trim() })}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="日期">
            <Input
              type="date"
              aria-label="印发日期"
              value={meta.date}
              onChange={(e) => e.target.value && change({ date: e.target.value })}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="密级">
            <Select
              aria-label="密级"
              value={meta.secrecy}
              onChange={(secrecy) => change({ secrecy })}
              options={ISSUE_SECRECY.map((s) => ({ value: s, label: s === '无' ? '不标注' : s }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={8}>{recipients('报')}</Col>
        <Col span={8}>{recipients('送')}</Col>
        <Col span={8}>{recipients('发')}</Col>
      </Row>
      <Form.Item label="印数（共印N份）">
        <InputNumber
          aria-label="印数"
          min={1}
          value={meta.copies}
          onChange={(v) => typeof v === 'number' && v > 0 && change({ copies: Math.floor(v) })}
        />
      </Form.Item>
    </Form>
  );
}
