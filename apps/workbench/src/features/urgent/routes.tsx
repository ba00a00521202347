import { lazy } from 'react';
import type { PageRoute } from '../../app/routes.tsx';

/** 紧急信息. */
export const routes: readonly PageRoute[] = [
  {
    key: 'urgent',
    path: '/urgent',
    menu: '紧急信息',
    order: 40,
    page: lazy(() => import('./UrgentPage.tsx').then((m) => ({ default: m.UrgentPage }))),
  },
];
