import { lazy } from 'react';
import type { PageRoute } from '../../app/routes.tsx';

/** 排名, and its test-data page (no menu entry). */
export const routes: readonly PageRoute[] = [
  {
    key: 'rankings',
    path: '/rankings',
    menu: '排名',
    order: 20,
    page: lazy(() => import('./RankingsPage.tsx').then((m) => ({ default: m.RankingsPage }))),
  },
  {
    key: 'rankings-seed',
    path: '/rankings/seed',
    page: lazy(() => import('./seed/SeedPage.tsx').then((m) => ({ default: m.SeedPage }))),
  },
];
