import { lazyPage } from '../../app/lazyPage.ts';
import type { PageRoute } from '../../app/routes.tsx';

/** 编辑: an item's editor, reached from the 稿件 list (no menu entry). */
export const routes: readonly PageRoute[] = [
  {
    key: 'item-editor',
    path: '/items/:id',
    page: lazyPage(() => import('./EditorPage.tsx').then((m) => m.EditorPage)),
  },
];
