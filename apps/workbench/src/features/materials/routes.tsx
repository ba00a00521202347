import { lazy } from 'react';
import type { PageRoute } from '../../app/routes.tsx';

/** 素材库. */
export const routes: readonly PageRoute[] = [
  {
    key: 'materials',
    path: '/materials',
    menu: '素材库',
    order: 50,
    page: lazy(() => import('./MaterialsPage.tsx').then((m) => ({ default: m.MaterialsPage }))),
  },
];
