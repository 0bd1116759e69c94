// The component tests in Firefox ESR: Debian's firefox-esr driven by puppeteer-core over WebDriver
// BiDi (Playwright cannot drive a stock Firefox; geckodriver is not packaged for Debian).
import puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import base from '../../web-test-runner.config.js';
import { FIREFOX } from './engines.js';

const firefox = chromeLauncher({
  puppeteer,
  launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
  async createPage({ browser }) {
    const page = await browser.newPage();
    // Puppeteer's Firefox keyboard knows the space bar as " ", not "Space" (Playwright's name,
    // which the tests use through sendKeys).
    for (const method of ['press', 'down', 'up']) {
      const original = page.keyboard[method].bind(page.keyboard);
      page.keyboard[method] = (key, ...rest) => original(key === 'Space' ? ' ' : key, ...rest);
    }
    return page;
  },
});

// The runner reuses one tab for every test file. A test that tabs past the last element leaves
// focus in Firefox's own toolbar, and then no later file's key presses reach its page: close
// each file's tab so that the next file gets a new one.
const stopSession = firefox.stopSession.bind(firefox);
firefox.stopSession = async (sessionId) => {
  const result = await stopSession(sessionId);
  const page = firefox.inactivePages.pop();
  await page?.puppeteerPage.close().catch(() => {});
  return result;
};

export default { ...base, browsers: [firefox] };
