// Dexie's liveQuery reads the global indexedDB: give jsdom tests an in-memory one.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';

// antd reads matchMedia for responsive layout; jsdom does not implement it.
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// antd measures layout with ResizeObserver; jsdom has no layout, so observing does nothing.
if (typeof window !== 'undefined' && typeof window.ResizeObserver === 'undefined') {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// findBy…/waitFor give up after 1 s by default: too short on a shared 2-core machine under load.
configure({ asyncUtilTimeout: 5000 });
