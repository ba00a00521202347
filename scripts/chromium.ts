import { existsSync } from 'node:fs';

/** Debian's Chromium: the only browser these machines can install (`apt-get install -y chromium`). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for Chromium run as root, headless, on a closed network: without the background-networking
 * flags it keeps trying to reach Google's hosts.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** The message shown when Chromium is missing, with how to install it. */
export const CHROMIUM_MISSING = `未找到 Chromium（${CHROMIUM_PATH}）。浏览器测试和端到端测试需要它，请先安装：sudo apt-get install -y chromium fonts-noto-cjk（或设置 CHROMIUM_PATH 指向已安装的 Chromium）。`;

/** Throws {@link CHROMIUM_MISSING} when Chromium is not installed. */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(CHROMIUM_MISSING);
}
