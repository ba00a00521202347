import { lazyPage } from '../../app/lazyPage.ts';
import type { PageRoute } from '../../app/routes.tsx';

/** 计分办法. */
export const routes: readonly PageRoute[] = [
  {
    key: 'schemes',
    path: '/schemes',
    menu: '计分办法',
    order: 80,
    page: lazyPage(() => import('./SchemesPage.tsx').then((m) => m.SchemesPage)),
  },
];
