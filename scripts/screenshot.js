// Takes a full-page screenshot of a URL in headless Chromium:
//   node scripts/screenshot.js <url> <out.png> [--width 1024] [--dark] [--mobile] [--wait 1000]
// Prints the page's console errors and warnings, so a broken page is visible in the terminal too.
import { chromium } from 'playwright-core';
import { ensureChromium, CHROMIUM_ARGS } from './chromium.js';

const [url, out = 'screenshot.png', ...rest] = process.argv.slice(2);
if (!url) {
  console.error('usage: node scripts/screenshot.js <url> <out.png> [--width N] [--dark] [--mobile] [--wait ms]');
  process.exit(2);
}
const option = (name, fallback) => {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : fallback;
};
const mobile = rest.includes('--mobile');
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({
    viewport: { width: Number(option('--width', mobile ? 390 : 1024)), height: 800 },
    colorScheme: rest.includes('--dark') ? 'dark' : 'light',
    hasTouch: mobile,
    isMobile: mobile,
  });
  const page = await context.newPage();
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && console.log(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(Number(option('--wait', 500)));
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
