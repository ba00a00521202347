import { App as AntApp, ConfigProvider, Layout, Menu, Result, Spin, Typography } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { Suspense } from 'react';
import { ShellBanner } from '../features/settings/ShellBanner.tsx';
import { matchPath, useHashPath } from './router.ts';
import { HOME, ROUTES } from './routes.tsx';

function currentRoute(path: string) {
  const target = path === '/' ? HOME : path;
  for (const route of ROUTES) {
    const params = matchPath(route.path, target);
    if (params) return { route, params };
  }
  return null;
}

/** The workbench shell: Chinese locale, the side menu and the current page. */
export function App() {
  const [path, navigate] = useHashPath();
  const current = currentRoute(path);
  const Page = current?.route.page;
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
              <nav aria-label="主导航">
                <Menu
                  mode="inline"
                  selectedKeys={current ? [current.route.key] : []}
                  items={ROUTES.filter((r) => r.menu).map((r) => ({ key: r.key, label: r.menu }))}
                  onClick={({ key }) => {
                    const route = ROUTES.find((r) => r.key === key);
                    if (route) navigate(`#${route.path}`);
                  }}
                />
              </nav>
            </Layout.Sider>
            <Layout.Content style={{ padding: 24 }}>
              <ShellBanner />
              <Suspense fallback={<Spin tip="正在加载…" />}>
                {Page && current ? (
                  <Page params={current.params} />
                ) : (
                  <Result status="404" title="没有这个页面" subTitle={`地址“${path}”不存在，请从左侧菜单进入。`} />
                )}
              </Suspense>
            </Layout.Content>
          </Layout>
        </Layout>
      </AntApp>
    </ConfigProvider>
  );
}
