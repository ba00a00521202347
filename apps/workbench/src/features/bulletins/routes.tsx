import { lazyPage } from '../../app/lazyPage.ts';
import type { PageRoute } from '../../app/routes.tsx';

/** 期刊. */
export const routes: readonly PageRoute[] = [
  {
    key: 'bulletins',
    path: '/bulletins',
    menu: '期刊',
    order: 60,
    page: lazyPage(() => import('./BulletinsPage.tsx').then((m) => m.BulletinsPage)),
  },
];
