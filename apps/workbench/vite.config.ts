import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The dev server's React refresh preamble is an inline script, which the Content-Security-Policy of
 * index.html forbids. In `vite dev` only, the policy also allows inline scripts; the built app (what users,
 * `pnpm start` and the e2e tests run) keeps the strict policy.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'caibian-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
  };
}

export default defineConfig({
  plugins: [react(), relaxCspForDevServer()],
  resolve: { dedupe: ['react', 'react-dom', 'dexie'] },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
});
