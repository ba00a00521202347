import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.ts';

/**
 * Test projects, split by environment (style.md): `node` for the pure packages and the command line,
 * `jsdom` for components, `browser` for what needs real Chromium (typing, IME, charts, IndexedDB),
 * `e2e` for the built workbench driven by Playwright.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/{core,stats,cli}/{src,test}/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        plugins: [react()],
        resolve: { dedupe: ['react', 'react-dom', 'dexie'] },
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['packages/editor/src/**/*.test.{ts,tsx}', 'apps/workbench/src/**/*.test.{ts,tsx}'],
          exclude: ['**/*.browser.test.{ts,tsx}', '**/node_modules/**'],
          setupFiles: ['./vitest.setup.jsdom.ts'],
        },
      },
      {
        plugins: [react()],
        resolve: { dedupe: ['react', 'react-dom', 'dexie'] },
        optimizeDeps: {
          // Pre-bundled up front: a dependency discovered mid-run makes Vite reload the page under a running test.
          include: [
            'react',
            'react-dom/client',
            'recharts',
            'dexie',
            'lexical',
            '@lexical/clipboard',
            '@lexical/headless',
            '@lexical/history',
            '@lexical/list',
            '@lexical/mark',
            '@lexical/rich-text',
            '@lexical/selection',
            '@lexical/table',
            '@lexical/utils',
            '@lexical/react/LexicalComposer',
            '@lexical/react/LexicalComposerContext',
            '@lexical/react/LexicalContentEditable',
            '@lexical/react/LexicalHistoryPlugin',
            '@lexical/react/LexicalPlainTextPlugin',
            '@lexical/react/LexicalRichTextPlugin',
          ],
        },
        test: {
          name: 'browser',
          include: ['packages/*/src/**/*.browser.test.{ts,tsx}', 'apps/*/src/**/*.browser.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
            api: { port: 63315, strictPort: false },
          },
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          // Each file drives its own Chromium and mostly waits on it: two files at a time halve the wall time.
          // A project with its own worker count runs in its own group, after the others.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          // A flow that fails once on a loaded 2-core machine is run again; one that fails twice fails the run.
          retry: 1,
          include: ['apps/workbench/e2e/**/*.e2e.test.ts'],
          globalSetup: ['apps/workbench/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
