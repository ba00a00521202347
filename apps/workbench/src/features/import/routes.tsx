import { lazy } from 'react';
import type { PageRoute } from '../../app/routes.tsx';

/** 导入导出. */
export const routes: readonly PageRoute[] = [
  {
    key: 'import',
    path: '/import',
    menu: '导入导出',
    order: 70,
    page: lazy(() => import('./ImportExportPage.tsx').then((m) => ({ default: m.ImportExportPage }))),
  },
];
