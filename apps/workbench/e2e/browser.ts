import { type Browser, chromium } from 'playwright-core';
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
