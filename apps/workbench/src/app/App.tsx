import { App as AntApp, ConfigProvider, Layout, Menu, Typography } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { NotesPage } from '../features/notes/NotesPage.tsx';

/** The workbench shell: Chinese locale, the navigation and the current page. */
export function App() {
  return (
    <ConfigProvider locale={zhCN}>
      <AntApp>
        <Layout style={{ minHeight: '100vh' }}>
          <Layout.Header style={{ display: 'flex', alignItems: 'center' }}>
            <Typography.Title level={3} style={{ color: '#fff', margin: 0 }}>
              采编台
            </Typography.Title>
          </Layout.Header>
          <Layout>
            <Layout.Sider width={180} theme="light">
              <Menu mode="inline" selectedKeys={['notes']} items={[{ key: 'notes', label: '工作便签' }]} />
            </Layout.Sider>
            <Layout.Content style={{ padding: 24 }}>
              <NotesPage />
            </Layout.Content>
          </Layout>
        </Layout>
      </AntApp>
    </ConfigProvider>
  );
}
