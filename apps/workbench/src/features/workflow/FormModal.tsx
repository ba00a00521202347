import { Form, Modal } from 'antd';
import { type ReactNode, useState } from 'react';

/** Props of {@link FormModal}. */
export interface FormModalProps<V> {
  readonly open: boolean;
  readonly title: string;
  readonly okText: string;
  readonly initialValues?: Partial<V>;
  /** Called with the validated values; resolves true when done (the modal closes). */
  readonly onSubmit: (values: V) => Promise<boolean>;
  readonly onCancel: () => void;
  readonly children: ReactNode;
}

/** A modal holding an antd form: validates (Chinese messages from each field's rules), submits, closes. */
export function FormModal<V extends object>({
  open,
  title,
  okText,
  initialValues,
  onSubmit,
  onCancel,
  children,
}: FormModalProps<V>) {
  const [form] = Form.useForm<V>();
  const [busy, setBusy] = useState(false);
  async function submit() {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    setBusy(true);
    try {
      if (await onSubmit(values)) form.resetFields();
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onCancel}
      forceRender
    >
      <Form<V> form={form} layout="vertical" aria-label={title} initialValues={initialValues}>
        {children}
      </Form>
    </Modal>
  );
}
