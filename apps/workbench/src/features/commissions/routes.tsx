import { lazyPage } from '../../app/lazyPage.ts';
import type { PageRoute } from '../../app/routes.tsx';

/** 约稿. */
export const routes: readonly PageRoute[] = [
  {
    key: 'commissions',
    path: '/commissions',
    menu: '约稿',
    order: 30,
    page: lazyPage(() => import('./CommissionsPage.tsx').then((m) => m.CommissionsPage)),
  },
];
