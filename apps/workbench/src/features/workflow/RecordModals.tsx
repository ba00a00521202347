import { ADOPTION_FORMS, LEADER_CATEGORIES, LEADER_RANKS, type Level } from '@caibian/core';
import { Form, Input, Select } from 'antd';
import { FormModal } from './FormModal.tsx';
import { DATE_RULES } from './SubmitModal.tsx';
import type { StepModalProps } from './TransitionModals.tsx';
import type { AdoptionInput, InstructionInput } from './workflowSteps.ts';

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** 采用: a publication of the recipient printed the item. */
export function AdoptionModal(
  props: StepModalProps<AdoptionInput> & { readonly today: string; readonly recipient: string; readonly level: Level },
) {
  const { today, recipient, level, ...rest } = props;
  return (
    <FormModal<AdoptionInput>
      {...rest}
      title={`记录采用（${recipient}）`}
      okText="记录采用"
      initialValues={{ date: today, form: '单条' }}
    >
      <Form.Item label="采用级别">
        <Input aria-label="采用级别" value={level} disabled />
      </Form.Item>
      <Form.Item
        label="刊物"
        name="publication"
        rules={[{ required: true, whitespace: true, message: '请填写采用刊物' }]}
      >
        <Input aria-label="采用刊物" placeholder="如：昨日情况、信息简报" />
      </Form.Item>
      <Form.Item label="采用形式" name="form">
        <Select aria-label="采用形式" allowClear options={options(ADOPTION_FORMS)} />
      </Form.Item>
      <Form.Item label="采用日期" name="date" rules={DATE_RULES}>
        <Input type="date" aria-label="采用日期" />
      </Form.Item>
      <Form.Item label="期号" name="issue">
        <Input aria-label="期号" placeholder="如：〔2024〕第12期" />
      </Form.Item>
    </FormModal>
  );
}

/** 批示: a leader wrote an instruction on the adopted item. */
export function InstructionModal(
  props: StepModalProps<InstructionInput> & {
    readonly today: string;
    readonly recipient: string;
    readonly rank: Level;
    readonly publication?: string | undefined;
  },
) {
  const { today, recipient, rank, publication, ...rest } = props;
  return (
    <FormModal<InstructionInput>
      {...rest}
      title={`记录批示（${recipient}）`}
      okText="记录批示"
      initialValues={{ date: today, rank, category: '其他领导', ...(publication ? { publication } : {}) }}
    >
      <Form.Item
        label="批示领导"
        name="leader"
        rules={[{ required: true, whitespace: true, message: '请填写批示领导' }]}
      >
        <Input aria-label="批示领导" placeholder="如：张市长" />
      </Form.Item>
      <Form.Item label="领导级别" name="rank" rules={[{ required: true, message: '请选择领导级别' }]}>
        <Select aria-label="领导级别" options={options(LEADER_RANKS)} />
      </Form.Item>
      <Form.Item label="领导类别" name="category">
        <Select aria-label="领导类别" options={options(LEADER_CATEGORIES)} />
      </Form.Item>
      <Form.Item label="批示日期" name="date" rules={DATE_RULES}>
        <Input type="date" aria-label="批示日期" />
      </Form.Item>
      <Form.Item label="所在刊物" name="publication">
        <Input aria-label="所在刊物" placeholder="批示所在的刊物" />
      </Form.Item>
    </FormModal>
  );
}
