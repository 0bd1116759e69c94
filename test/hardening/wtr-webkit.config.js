// The component tests in WebKitGTK: Debian's WebKitWebDriver and MiniBrowser (run under
// xvfb-run: WebKitGTK has no headless mode). The driver is started here and ended by its PID.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import process from 'node:process';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import base from '../../web-test-runner.config.js';
import { WEBKIT_DRIVER, MINIBROWSER } from './engines.js';

const freePort = () =>
  new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

const port = await freePort();
const driver = spawn(WEBKIT_DRIVER, ['--host=127.0.0.1', `--port=${port}`], { stdio: 'ignore' });
process.on('exit', () => driver.kill());
for (let i = 0; i < 100; i++) {
  const ok = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
  if (ok) break;
  await new Promise((r) => setTimeout(r, 100));
}

const webkit = webdriverLauncher({
  hostname: '127.0.0.1',
  port,
  path: '/',
  logLevel: 'error',
  capabilities: {
    browserName: 'MiniBrowser',
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
  },
});

// sendKeys({ type }) hands the driver every character in one call, and WebKitWebDriver drops a
// character that repeats the one before ("https" arrives as "htps"): send them one at a time.
const sendKeys = webkit.sendKeys.bind(webkit);
webkit.sendKeys = async (sessionId, keys) => {
  for (const k of keys) await sendKeys(sessionId, [k]);
};

export default { ...base, browsers: [webkit] };
