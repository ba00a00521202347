import { Space } from 'antd';
import { DemoCard } from '../demo/DemoCard.tsx';
import { BackupCard } from './BackupCard.tsx';
import { OfficeCard } from './OfficeCard.tsx';
import { StorageCard } from './StorageCard.tsx';
import { UnitsCard } from './UnitsCard.tsx';

/** 设置: our unit and scheme, the units, storage, backup and restore, demo data. */
export function SettingsPage() {
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <OfficeCard />
      <UnitsCard />
      <StorageCard />
      <BackupCard />
      <DemoCard />
    </Space>
  );
}
