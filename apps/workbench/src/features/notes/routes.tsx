import { lazy } from 'react';
import type { PageRoute } from '../../app/routes.tsx';

/** 工作便签. */
export const routes: readonly PageRoute[] = [
  {
    key: 'notes',
    path: '/notes',
    menu: '工作便签',
    order: 90,
    page: lazy(() => import('./NotesPage.tsx').then((m) => ({ default: m.NotesPage }))),
  },
];
