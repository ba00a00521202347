import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/** A page of the workbench: where it lives, its menu label, and its component (loaded when first opened). */
export interface PageRoute {
  readonly key: string;
  /** A path pattern such as `/items/:id`. */
  readonly path: string;
  /** Shown in the side menu when set; pages reached from another page (an item's editor) have none. */
  readonly menu?: string;
  readonly page: LazyExoticComponent<ComponentType<{ params: Record<string, string> }>>;
}

/**
 * Every page. Each is its own chunk, so the first screen loads only the shell and the page it shows; the
 * editor and the charts come when first needed.
 */
export const ROUTES: readonly PageRoute[] = [
  {
    key: 'notes',
    path: '/notes',
    menu: '工作便签',
    page: lazy(() => import('../features/notes/NotesPage.tsx').then((m) => ({ default: m.NotesPage }))),
  },
];

/** The page shown for `/`. */
export const HOME = '/notes';
