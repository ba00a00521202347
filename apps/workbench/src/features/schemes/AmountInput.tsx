import { Input, InputNumber } from 'antd';

/** Props of {@link AmountInput}: a scheme amount (a number, or `{ param }` naming a scheme parameter). */
export interface AmountInputProps {
  readonly value?: number | { param: string } | null;
  readonly onChange?: (value: number | { param: string } | null) => void;
  readonly id?: string;
  readonly 'aria-label'?: string;
  readonly width?: number;
}

/**
 * Edits an amount: a number, or a parameter reference (shown as 参数 and its name; start one in the JSON
 * view). Clearing the number leaves the field empty, which validation reports.
 */
export function AmountInput({ value, onChange, id, width = 110, ...rest }: AmountInputProps) {
  if (typeof value === 'object' && value !== null) {
    return (
      <Input
        id={id}
        aria-label={rest['aria-label']}
        style={{ width }}
        addonBefore="参数"
        value={value.param}
        onChange={(e) => onChange?.({ param: e.target.value })}
      />
    );
  }
  return (
    <InputNumber
      id={id}
      aria-label={rest['aria-label']}
      style={{ width }}
      value={value ?? null}
      onChange={(v) => onChange?.(typeof v === 'number' ? v : null)}
    />
  );
}
