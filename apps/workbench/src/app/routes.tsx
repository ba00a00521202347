import type { LazyPage } from './lazyPage.ts';

/** A page of the workbench: where it lives, its menu entry, and its component (loaded when first opened). */
export interface PageRoute {
  readonly key: string;
  /** A path pattern such as `/items/:id`. */
  readonly path: string;
  /** Shown in the side menu when set; pages reached from another page (an item's editor) have none. */
  readonly menu?: string;
  /** Position in the side menu, lowest first. Default 100. */
  readonly order?: number;
  readonly page: LazyPage;
  /**
   * True when nothing on the page uses antd's App context (`App.useApp()`): the shell then shows the page
   * without loading that context's code (message, notification and modal), a smaller first load.
   */
  readonly bare?: boolean;
  /**
   * Work the page will need, started by the shell as soon as the address is known, before the page's code
   * arrives (the 排名 page's worker starts reading the records). Must be safe to call more than once.
   */
  readonly warmUp?: () => void;
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
