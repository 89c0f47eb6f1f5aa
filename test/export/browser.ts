/**
 * Debian's Chromium through playwright-core, for the export tests: a fresh
 * profile each time, offline, and every request the page makes recorded and
 * refused unless the test allowed it. Never downloads a browser.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';

export interface Browser {
  /** A new page; requests to any URL not in `allowed` are refused and recorded in `refused`. */
  page(allowed?: readonly string[]): Promise<{ page: Page; refused: string[] }>;
  close(): Promise<void>;
}

export async function openBrowser(): Promise<Browser> {
  const { context, close } = await launchChromium({ offline: true, viewport: { width: 1400, height: 1000 } });
  return {
    async page(allowed = []) {
      const page = await context.newPage();
      const refused: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (allowed.includes(url)) return route.continue();
        refused.push(url);
        return route.abort();
      });
      return { page, refused };
    },
    close,
  };
}
