import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.ts';

/**
 * How long one Playwright action or wait may take. Playwright's own default for actions is no limit at all, so a
 * click on an element that never appears would hang until the test's timeout and say nothing about which step.
 */
export const ACTION_TIMEOUT_MS = 45_000;

/** Launches Debian's Chromium headless with a fresh profile, for one test file. */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    return context;
  };
  return browser;
}

/**
 * Gives a test file one Chromium (started before its tests, closed after them) and returns a function that opens
 * a page in a fresh profile (`zh-CN` unless `options` say otherwise). A profile opened in a test is closed after
 * that test; one opened in the file's `beforeAll`, to share a page between its tests, is closed after them all.
 * A second page of the same profile, sharing its IndexedDB, is `page.context().newPage()`.
 *
 * @example
 * const openPage = chromiumForFile();
 * it('…', async () => {
 *   const page = await openPage({ acceptDownloads: true });
 * });
 */
export function chromiumForFile(): (options?: BrowserContextOptions) => Promise<Page> {
  let browser: Browser | undefined;
  let inTest = false;
  const testContexts: BrowserContext[] = [];
  const fileContexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  beforeEach(() => {
    inTest = true;
  });
  afterEach(async () => {
    inTest = false;
    await Promise.all(testContexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await Promise.all(fileContexts.splice(0).map((context) => context.close()));
    await browser?.close();
  });
  return async (options = {}) => {
    if (!browser) throw new Error('chromiumForFile: Chromium starts in beforeAll, before the first test');
    const context = await browser.newContext({ locale: 'zh-CN', ...options });
    (inTest ? testContexts : fileContexts).push(context);
    return context.newPage();
  };
}

/** A button's accessible name as antd renders it: a space may stand between two Chinese characters. */
export function antdButton(name: string): RegExp {
  return new RegExp(`^\\s*${[...name].join('\\s*')}\\s*$`);
}
