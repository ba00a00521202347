import { lazyPage } from '../../app/lazyPage.ts';
import type { PageRoute } from '../../app/routes.tsx';

/** 素材库. */
export const routes: readonly PageRoute[] = [
  {
    key: 'materials',
    path: '/materials',
    menu: '素材库',
    order: 50,
    page: lazyPage(() => import('./MaterialsPage.tsx').then((m) => m.MaterialsPage)),
  },
];
