import type { ComponentType, LazyExoticComponent } from 'react';

/** A page of the workbench: where it lives, its menu entry, and its component (loaded when first opened). */
export interface PageRoute {
  readonly key: string;
  /** A path pattern such as `/items/:id`. */
  readonly path: string;
  /** Shown in the side menu when set; pages reached from another page (an item's editor) have none. */
  readonly menu?: string;
  /** Position in the side menu, lowest first. Default 100. */
  readonly order?: number;
  readonly page: LazyExoticComponent<ComponentType<{ params: Record<string, string> }>>;
}

/**
 * Every page, gathered from each feature's `routes.tsx` (which exports `routes: PageRoute[]`), so a new
 * page is added by its own folder alone. Pages are lazy: the first screen loads only the shell and the page
 * it shows; the editor and the charts come when first needed.
 */
export const ROUTES: readonly PageRoute[] = Object.values(
  import.meta.glob<{ routes: readonly PageRoute[] }>('../features/*/routes.tsx', { eager: true }),
)
  .flatMap((module) => module.routes)
  .sort((a, b) => (a.order ?? 100) - (b.order ?? 100) || a.key.localeCompare(b.key));

/** The page shown for `/`: the first page of the menu. */
export const HOME = ROUTES.find((r) => r.menu)?.path ?? '/notes';
