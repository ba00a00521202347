import { lazy } from 'react';
import type { PageRoute } from '../../app/routes.tsx';

/** 设置. */
export const routes: readonly PageRoute[] = [
  {
    key: 'settings',
    path: '/settings',
    menu: '设置',
    order: 95,
    page: lazy(() => import('./SettingsPage.tsx').then((m) => ({ default: m.SettingsPage }))),
  },
];
