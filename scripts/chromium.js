// Finds Chromium (CHROME_PATH, else /usr/bin/chromium) and, when missing and allowed, installs
// Debian's package. Shared by the tests, the benchmark and the screenshots.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => existsSync(p));
}

export function ensureChromium() {
  const found = chromiumPath();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROME_PATH.');
  }
  console.log('Chromium not found: installing Debian\'s chromium package (about a minute)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  const installed = chromiumPath();
  if (!installed) throw new Error('Chromium could not be installed.');
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
