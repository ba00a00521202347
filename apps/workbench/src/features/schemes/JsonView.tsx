import type { Problem } from '@caibian/core';
import { Alert, Input, List, Typography } from 'antd';
import { useMemo } from 'react';
import { lineOf, locateJson } from './locateJson.ts';
import { problemLine } from './schemeDraft.ts';

/** Props of {@link JsonView}. */
export interface JsonViewProps {
  readonly text: string;
  /** The JSON syntax error, if the text is not JSON. */
  readonly syntaxError: string | null;
  readonly problems: readonly Problem[];
  readonly onChange: (text: string) => void;
}

/** The scheme as JSON, editable, with each problem listed at its line and JSON path. */
export function JsonView({ text, syntaxError, problems, onChange }: JsonViewProps) {
  const lines = useMemo(() => locateJson(text), [text]);
  return (
    <>
      <Input.TextArea
        aria-label="办法JSON"
        value={text}
        spellCheck={false}
        autoSize={{ minRows: 16, maxRows: 32 }}
        style={{ fontFamily: 'monospace', fontSize: 13 }}
        status={syntaxError || problems.length > 0 ? 'error' : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {syntaxError && <Alert type="error" showIcon message={`JSON 格式错误：${syntaxError}`} />}
      {problems.length > 0 && (
        <List
          aria-label="JSON问题"
          size="small"
          dataSource={[...problems]}
          renderItem={(p) => {
            const line = lineOf(lines, p.path ?? []);
            return (
              <List.Item>
                <Typography.Text type="danger">
                  {line === undefined ? '' : `第${line}行 `}
                  {problemLine(p)}
                </Typography.Text>
              </List.Item>
            );
          }}
        />
      )}
    </>
  );
}
