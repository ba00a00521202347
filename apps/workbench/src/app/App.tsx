import { ConfigProvider, Layout, Menu, Spin, theme } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense } from 'react';
import { matchPath, pathOfHash, useHashPath } from './router.ts';
import { HOME, ROUTES } from './routes.tsx';

// Not needed to show the first page: loaded beside it, so the shell's own code stays small.
const ShellBanner = lazy(() =>
  import('../features/settings/ShellBanner.tsx').then((m) => ({ default: m.ShellBanner })),
);
const NotFound = lazy(() => import('./NotFound.tsx').then((m) => ({ default: m.NotFound })));
const AppFrame = lazy(() => import('./AppFrame.tsx').then((m) => ({ default: m.AppFrame })));

function currentRoute(path: string) {
  const target = path === '/' ? HOME : path;
  for (const route of ROUTES) {
    const params = matchPath(route.path, target);
    if (params) return { route, params };
  }
  return null;
}

/**
 * Starts what the page at `hash` needs (its code, and its `warmUp` work) before React renders: called once
 * when the app starts, so the page's code, the shell's rendering and the page's data load side by side.
 */
export function warmUpRoute(hash: string): void {
  const current = currentRoute(pathOfHash(hash));
  if (!current) return;
  void current.route.page.preload().catch(() => {});
  current.route.warmUp?.();
}

/** The workbench shell: Chinese locale, the side menu and the current page. */
export function App() {
  return (
    <ConfigProvider locale={zhCN}>
      <Shell />
    </ConfigProvider>
  );
}

function Shell() {
  // The text style antd's App gave the whole shell, now that its context is loaded only by pages using it.
  const { token } = theme.useToken();
  const text = {
    color: token.colorText,
    fontSize: token.fontSize,
    lineHeight: token.lineHeight,
    fontFamily: token.fontFamily,
  };
  const [path, navigate] = useHashPath();
  const current = currentRoute(path);
  const Page = current?.route.page;
  // A page in antd's App context: its code and the context's load side by side, not one after the other.
  if (current && !current.route.bare) void current.route.page.preload().catch(() => {});
  return (
    <Layout style={{ minHeight: '100vh', ...text }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center' }}>
        <h1 style={{ color: '#fff', margin: 0, fontSize: 24, fontWeight: 600, lineHeight: 1.35 }}>采编台</h1>
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
          <Suspense fallback={null}>
            <ShellBanner />
          </Suspense>
          {/* The spinner only shows when loading takes a while: on a 2-core machine its animation takes CPU
              time from loading the page (and from the 排名 page's worker, started at the same time). */}
          <Suspense fallback={<Spin description="正在加载…" delay={300} />}>
            {Page && current ? (
              current.route.bare ? (
                <Page params={current.params} />
              ) : (
                <AppFrame>
                  <Page params={current.params} />
                </AppFrame>
              )
            ) : (
              <NotFound path={path} />
            )}
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
