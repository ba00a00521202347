import { lazy } from 'react';
import type { PageRoute } from '../../app/routes.tsx';

/** 稿件: the list of items. */
export const routes: readonly PageRoute[] = [
  {
    key: 'items',
    path: '/items',
    menu: '稿件',
    order: 10,
    page: lazy(() => import('./ItemsPage.tsx').then((m) => ({ default: m.ItemsPage }))),
  },
];
