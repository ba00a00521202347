import { lazyPage } from '../../app/lazyPage.ts';
import type { PageRoute } from '../../app/routes.tsx';

/** 设置. */
export const routes: readonly PageRoute[] = [
  {
    key: 'settings',
    path: '/settings',
    menu: '设置',
    order: 95,
    page: lazyPage(() => import('./SettingsPage.tsx').then((m) => m.SettingsPage)),
  },
];
