import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type PreviewServer, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { assertChromium } from '../../../scripts/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the built workbench served by `vite preview` for this run. */
    workbenchUrl: string;
  }
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds the workbench, serves it on a free port for the e2e tests, and stops the server after. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertChromium();
  // Each run builds into its own folder, so parallel runs (and `pnpm start`) never clear each other's files.
  const outDir = mkdtempSync(join(tmpdir(), 'caibian-e2e-'));
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
  });
  const address = server.httpServer.address() as AddressInfo;
  project.provide('workbenchUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
