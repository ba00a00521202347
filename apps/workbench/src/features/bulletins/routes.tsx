import { lazy } from 'react';
import type { PageRoute } from '../../app/routes.tsx';

/** 期刊. */
export const routes: readonly PageRoute[] = [
  {
    key: 'bulletins',
    path: '/bulletins',
    menu: '期刊',
    order: 60,
    page: lazy(() => import('./BulletinsPage.tsx').then((m) => ({ default: m.BulletinsPage }))),
  },
];
