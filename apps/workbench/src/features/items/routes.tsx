import { lazyPage } from '../../app/lazyPage.ts';
import type { PageRoute } from '../../app/routes.tsx';

/** 稿件: the list of items. */
export const routes: readonly PageRoute[] = [
  {
    key: 'items',
    path: '/items',
    menu: '稿件',
    order: 10,
    bare: true,
    page: lazyPage(() => import('./ItemsPage.tsx').then((m) => m.ItemsPage)),
  },
];
