import { lazyPage } from '../../app/lazyPage.ts';
import type { PageRoute } from '../../app/routes.tsx';

/** 导入导出. */
export const routes: readonly PageRoute[] = [
  {
    key: 'import',
    path: '/import',
    menu: '导入导出',
    order: 70,
    page: lazyPage(() => import('./ImportExportPage.tsx').then((m) => m.ImportExportPage)),
  },
];
