import { lazy } from 'react';
import type { PageRoute } from '../../app/routes.tsx';

/** 计分办法. */
export const routes: readonly PageRoute[] = [
  {
    key: 'schemes',
    path: '/schemes',
    menu: '计分办法',
    order: 80,
    page: lazy(() => import('./SchemesPage.tsx').then((m) => ({ default: m.SchemesPage }))),
  },
];
