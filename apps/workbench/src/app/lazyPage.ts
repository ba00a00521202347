import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/** A page component: it receives the address's parameters. */
export type PageComponent = ComponentType<{ params: Record<string, string> }>;

/** A page loaded when first shown; `preload()` starts loading its code earlier (the same request). */
export interface LazyPage extends LazyExoticComponent<PageComponent> {
  preload(): Promise<PageComponent>;
}

/**
 * A lazily loaded page whose code can also be fetched ahead of rendering, so the shell can load a page and
 * the code it is shown in side by side instead of one after the other.
 *
 * @example
 * lazyPage(() => import('./NotesPage.tsx').then((m) => m.NotesPage));
 */
export function lazyPage(load: () => Promise<PageComponent>): LazyPage {
  let loading: Promise<PageComponent> | null = null;
  const preload = () => {
    loading ??= load();
    return loading;
  };
  return Object.assign(
    lazy(() => preload().then((page) => ({ default: page }))),
    { preload },
  );
}
