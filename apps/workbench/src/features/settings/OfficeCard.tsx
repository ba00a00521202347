import { PRESETS } from '@caibian/core';
import { App as AntApp, Card, Form, Select, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '../../data/RepositoriesContext.tsx';
import { DEFAULT_SCHEME, OUR_UNIT_KEY, SCHEME_KEY } from './settingsKeys.ts';
import { reportStorageError } from './storageAlerts.ts';

/** 本单位 and the scoring scheme in use (settings `ourUnit`, `scheme`). */
export function OfficeCard() {
  const { settings, units } = useRepositories();
  const { message } = AntApp.useApp();
  const unitList = useLiveQuery(() => units.list(), [units]) ?? [];
  const ourUnit = useLiveQuery(() => settings.get<string | null>(OUR_UNIT_KEY, null), [settings]);
  const scheme = useLiveQuery(() => settings.get(SCHEME_KEY, DEFAULT_SCHEME), [settings]);
  const preset = PRESETS.find((p) => p.id === scheme);

  async function save(key: string, value: unknown) {
    try {
      if (value === undefined || value === null) await settings.remove(key);
      else await settings.set(key, value);
      message.success('设置已保存');
    } catch (error) {
      reportStorageError(error);
      message.error(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <Card title="本单位与计分办法">
      <Form layout="vertical" style={{ maxWidth: 560 }}>
        <Form.Item label="本单位" help="排名和统计中突出显示的单位">
          <Select
            aria-label="本单位"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="请选择本单位"
            value={ourUnit ?? undefined}
            options={unitList.map((u) => ({ value: u.id, label: u.name }))}
            onChange={(value) => save(OUR_UNIT_KEY, value)}
            notFoundContent="还没有单位，请先在下方添加"
          />
        </Form.Item>
        <Form.Item label="计分办法">
          <Select
            aria-label="计分办法"
            value={scheme}
            options={PRESETS.map((p) => ({ value: p.id, label: p.name }))}
            onChange={(value) => save(SCHEME_KEY, value)}
          />
        </Form.Item>
        {preset?.description && (
          <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
            {preset.description}
          </Typography.Paragraph>
        )}
      </Form>
    </Card>
  );
}
