import { lazyPage } from '../../app/lazyPage.ts';
import type { PageRoute } from '../../app/routes.tsx';
import { rankingClient } from '../../workers/rankingClient.ts';

/** 排名, and its test-data page (no menu entry). */
export const routes: readonly PageRoute[] = [
  {
    key: 'rankings',
    path: '/rankings',
    menu: '排名',
    order: 20,
    bare: true,
    // Opened directly: the worker reads the records and ranks the default view while the page's code loads.
    warmUp: () => rankingClient().warmUp(),
    page: lazyPage(() => import('./RankingsPage.tsx').then((m) => m.RankingsPage)),
  },
  {
    key: 'rankings-seed',
    path: '/rankings/seed',
    page: lazyPage(() => import('./seed/SeedPage.tsx').then((m) => m.SeedPage)),
  },
];
