import { Alert, App as AntApp, Button } from 'antd';
import type { VersionChange } from '../../data/health.ts';
import { DemoBanner } from '../demo/DemoBanner.tsx';
import { useStorageBanner } from './useStorageBanner.ts';

const STOPPED: Record<VersionChange['reason'], string> = {
  upgrade: '数据库已在其他标签页升级，请刷新本页',
  deleted: '数据库已在其他标签页被清除，请刷新本页',
  closed: '浏览器关闭了数据库连接，请刷新本页',
};

/**
 * The banners above every page: the reload request when another tab upgraded the database, the full-disk
 * message (nothing already saved was lost), and the demo data's banner.
 */
export function ShellBanner() {
  const { versionChange, storageFull, dismissStorageFull } = useStorageBanner();
  // Its own antd App context (the demo actions' messages): the shell no longer provides one to every page.
  return (
    <AntApp component={false}>
      {versionChange && (
        <Alert
          type="error"
          role="alert"
          style={{ marginBottom: 16 }}
          title={STOPPED[versionChange.reason]}
          description="为避免写坏数据，本页已暂停读写。刷新后即可继续工作，已保存的内容不会丢失。"
          action={
            <Button type="primary" danger onClick={() => window.location.reload()}>
              刷新本页
            </Button>
          }
        />
      )}
      {storageFull && (
        <Alert
          type="error"
          role="alert"
          closable={{ onClose: dismissStorageFull }}
          style={{ marginBottom: 16 }}
          title="存储空间已满，刚才的更改没有保存"
          description="之前已保存的内容都还在，没有丢失。请先在“设置”中下载备份，再删除不需要的数据或清理浏览器存储空间后重试。"
        />
      )}
      <DemoBanner />
    </AntApp>
  );
}
