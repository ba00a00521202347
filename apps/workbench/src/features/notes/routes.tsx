import { lazyPage } from '../../app/lazyPage.ts';
import type { PageRoute } from '../../app/routes.tsx';

/** 工作便签. */
export const routes: readonly PageRoute[] = [
  {
    key: 'notes',
    path: '/notes',
    menu: '工作便签',
    order: 90,
    page: lazyPage(() => import('./NotesPage.tsx').then((m) => m.NotesPage)),
  },
];
