import { lazyPage } from '../../app/lazyPage.ts';
import type { PageRoute } from '../../app/routes.tsx';

/** 紧急信息. */
export const routes: readonly PageRoute[] = [
  {
    key: 'urgent',
    path: '/urgent',
    menu: '紧急信息',
    order: 40,
    page: lazyPage(() => import('./UrgentPage.tsx').then((m) => m.UrgentPage)),
  },
];
