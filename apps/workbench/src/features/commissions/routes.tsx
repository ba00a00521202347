import { lazy } from 'react';
import type { PageRoute } from '../../app/routes.tsx';

/** 约稿. */
export const routes: readonly PageRoute[] = [
  {
    key: 'commissions',
    path: '/commissions',
    menu: '约稿',
    order: 30,
    page: lazy(() => import('./CommissionsPage.tsx').then((m) => ({ default: m.CommissionsPage }))),
  },
];
