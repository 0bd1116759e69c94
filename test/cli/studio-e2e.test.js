// The studio end to end: the real `csr-widgets studio` command, driven in headless Chromium as an NGO
// would use it (`node --test test/cli/`; needs the build). Add a partner, suspend another (by
// keyboard), save: the file on disk is exactly what the form shows. A change on disk meanwhile is
// refused. Validation beside the field, undo and redo, the preview and the snippet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.js';
import { startStudio } from './studio-support.js';

const root = resolve(import.meta.dirname, '../..');
const format = (data) => `${JSON.stringify(data, null, 2)}\n`;

let dir;
let file;
let original;
let studio;
let browser;
let page;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'csr-studio-e2e-'));
  file = join(dir, 'csr.json');
  // The demo config with what the studio must keep: a $comment, an unknown key, the key order.
  const demo = JSON.parse(readFileSync(resolve(root, 'demo/csr.json'), 'utf8'));
  original = { $comment: demo.$comment, x_internal: { owner: 'comms' }, ...demo };
  writeFileSync(file, JSON.stringify(original, null, 4));
  studio = await startStudio(file);
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(studio.url);
  await page.locator('csr-studio').locator('#h-partners').waitFor();
});
after(async () => {
  await browser?.close();
  await studio?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const studioEl = () => page.locator('csr-studio');
const formText = () => page.evaluate(() => document.querySelector('csr-studio').text);

test('add a partner, suspend another by keyboard, save: the file is exactly what the form shows', async () => {
  await studioEl().locator('#ui-lang').selectOption('en');
  await studioEl().locator('#new-partners-name').fill('Exempel Företag AB');
  assert.equal(await studioEl().locator('#new-partners-id').inputValue(), 'exempel-foretag-ab');
  await studioEl().locator('#new-partners-id').fill('telenor');
  assert.equal(await studioEl().locator('#new-partners-id-problem').textContent(), 'That id is taken.');
  await studioEl().locator('#new-partners-id').fill('exempel');
  await studioEl().locator('form.add button[type=submit]').first().click();
  await studioEl().locator('li[data-partner="exempel"]').waitFor();

  // Suspend Bredbandsbolaget with the keyboard only: focus its button, Enter, then Enter on the confirmation.
  const suspend = studioEl().locator('li[data-partner="bredbandsbolaget"] button.action-suspend');
  await suspend.focus();
  await page.keyboard.press('Enter');
  const dialog = studioEl().locator('dialog[open]');
  await dialog.waitFor();
  assert.match(await dialog.locator('#confirm-text').textContent(), /Suspend Bredbandsbolaget\? Its badge and award ribbon disappear from every site that embeds them/);
  assert.equal(await page.evaluate(() => document.querySelector('csr-studio').shadowRoot.activeElement?.id), 'confirm-ok');
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' }).catch(() => {});
  assert.equal(await studioEl().locator('li[data-partner="bredbandsbolaget"] .standing').textContent(), 'Suspended');

  await studioEl().locator('#save').click();
  await page.waitForFunction(() => /Saved/.test(document.querySelector('csr-studio').shadowRoot.querySelector('.status').textContent));

  const expected = structuredClone(original);
  expected.partners.bredbandsbolaget.status = 'suspended';
  expected.partners.exempel = { name: 'Exempel Företag AB', status: 'active' };
  const disk = readFileSync(file, 'utf8');
  assert.equal(disk, await formText());
  assert.equal(disk, format(expected));
  assert.deepEqual(Object.keys(JSON.parse(disk)), Object.keys(original), 'key order kept, unknown keys and $comment kept');
  assert.equal(readFileSync(`${file}.bak`, 'utf8'), JSON.stringify(original, null, 4));
});

test('a change on disk meanwhile is refused, and reloading shows it', async () => {
  const external = JSON.parse(readFileSync(file, 'utf8'));
  external.partners.telenor.validUntil = '2031-06-30';
  writeFileSync(file, format(external));
  await studioEl().locator('#f-report-phone').fill('+46 8 123 45 67');
  await studioEl().locator('#save').click();
  await page.waitForFunction(() => /changed on disk/.test(document.querySelector('csr-studio').shadowRoot.querySelector('.status').textContent));
  assert.equal(readFileSync(file, 'utf8'), format(external), 'the change on disk was not overwritten');
  await studioEl().getByRole('button', { name: 'Reload from disk' }).click();
  await page.waitForFunction(() => document.querySelector('csr-studio').text.includes('2031-06-30'));
  assert.equal(await formText(), format(external));
});

test('validation beside the field, from the widgets\' validator; undo and redo', async () => {
  const url = studioEl().locator('#f-organization-url');
  const before = await url.inputValue();
  await url.fill('javascript:alert(1)');
  await url.press('Tab');
  assert.equal(await url.getAttribute('aria-invalid'), 'true');
  const notes = studioEl().locator(`#${await url.getAttribute('aria-describedby')}`);
  assert.match(await notes.textContent(), /organization\.url: must be an https URL/);
  assert.match(await studioEl().locator('#h-verdict').textContent(), /Rejected/);
  // Undo from outside a text field (Ctrl+Z inside one is the browser's own undo of its text).
  await studioEl().getByRole('button', { name: 'Undo' }).click();
  assert.equal(await url.inputValue(), before);
  assert.match(await studioEl().locator('#h-verdict').textContent(), /Valid/);
  await studioEl().getByRole('button', { name: 'Redo' }).click();
  assert.equal(await url.inputValue(), 'javascript:alert(1)');
  await studioEl().getByRole('button', { name: 'Undo' }).click();
});

test('the preview is the library\'s own widgets, and the snippet is what csr-widgets snippet prints', async () => {
  await studioEl().locator('#preview-partner').selectOption('telenor');
  await studioEl().locator('#preview-lang').selectOption('sv');
  await page.waitForFunction(() => {
    const badge = document.querySelector('csr-studio').shadowRoot.querySelector('csr-partner-badge');
    return badge?.shadowRoot?.textContent?.includes('Telenor') || badge?.shadowRoot?.textContent?.includes('ECPAT');
  });
  const shown = await page.evaluate(() => document.querySelector('csr-studio').shadowRoot.querySelector('csr-partner-badge').shadowRoot.textContent);
  assert.match(shown, /ECPAT Sverige/);
  const src = await studioEl().locator('#snippet-src').inputValue();
  const snippet = await studioEl().locator('#snippet').inputValue();
  const saved = join(dir, 'as-shown.json');
  writeFileSync(saved, await formText());
  const cli = await new Promise((done) =>
    execFile(process.execPath, [resolve(root, 'bin/csr-widgets.js'), 'snippet', '--src', src, '--partner', 'telenor', '--lang', 'sv', '--config', saved], (error, stdout) =>
      done(stdout),
    ),
  );
  assert.equal(snippet, cli.trimEnd());
  assert.match(snippet, /data-partner="telenor"/);
});

test('hotlines by country: add one by its code, fill it in, give partners a country, remove one; the file is what the form shows', async () => {
  const code = studioEl().locator('#new-hotline-code');
  await code.fill('no');
  assert.equal(await code.inputValue(), 'NO');
  assert.equal(await studioEl().locator('#new-hotline-code-problem').textContent(), 'That country already has a hotline here.');
  await code.fill('d1');
  assert.equal(await studioEl().locator('#new-hotline-code-problem').textContent(), 'Two letters, such as NO.');
  await code.fill('de');
  await code.press('Enter');
  const de = studioEl().locator('fieldset[data-country="DE"]');
  await de.waitFor();
  assert.match(await de.locator('legend').textContent(), /Germany\s+DE/);
  assert.equal(await code.inputValue(), '', 'the code field is ready for the next country');
  // A new hotline is incomplete until it has its page, and the validator says so beside the field.
  assert.match(await de.locator('#f-report-hotlines-DE-hotlineUrl-notes').textContent(), /report\.hotlines\.DE\.hotlineUrl: must be an https URL/);
  await de.locator('#f-report-hotlines-DE-name-en').fill('Example hotline in Germany (example value)');
  await de.locator('#f-report-hotlines-DE-hotlineUrl').fill('https://hotline.example/de');
  await studioEl().locator('#f-report-exitUrl').fill('https://www.example.org/');

  // Telenor's visitors get Denmark's hotline first, and so do the new partner's until it is removed.
  await studioEl().getByRole('button', { name: 'Edit Telenor Sverige' }).click();
  await studioEl().locator('#f-report-partnerCountry-telenor').fill('DK');
  await studioEl().getByRole('button', { name: 'Edit Exempel Företag AB' }).click();
  await studioEl().locator('#f-report-partnerCountry-exempel').fill('DK');
  await studioEl().locator('li[data-partner="exempel"] button.danger').click();
  await studioEl().locator('dialog[open] #confirm-ok').click();
  await studioEl().locator('li[data-partner="exempel"]').waitFor({ state: 'detached' });

  // Finland's hotline goes, after a confirmation that names it.
  await studioEl().locator('fieldset[data-country="FI"] button.danger').click();
  assert.match(await studioEl().locator('dialog[open] #confirm-text').textContent(), /Remove Finland: Example hotline in Finland/);
  await studioEl().locator('dialog[open] #confirm-ok').click();
  await studioEl().locator('fieldset[data-country="FI"]').waitFor({ state: 'detached' });
  assert.match(await studioEl().locator('#h-verdict').textContent(), /Valid/);

  await studioEl().locator('#save').click();
  await page.waitForFunction(() => /Saved/.test(document.querySelector('csr-studio').shadowRoot.querySelector('.status').textContent));
  const disk = readFileSync(file, 'utf8');
  assert.equal(disk, await formText());
  const { report, partners } = JSON.parse(disk);
  assert.deepEqual(Object.keys(report.hotlines), ['NO', 'DK', 'DE']);
  assert.deepEqual(report.hotlines.DE, { hotlineUrl: 'https://hotline.example/de', name: { en: 'Example hotline in Germany (example value)' } });
  assert.equal(report.exitUrl, 'https://www.example.org/');
  assert.deepEqual(report.partnerCountry, { telenor: 'DK' }, "a removed partner's country goes with it");
  assert.equal(partners.exempel, undefined);
});

test('the static build (dist/studio/index.html, opened as a file) opens a config file and downloads the result', async () => {
  const local = await browser.newPage({ acceptDownloads: true });
  try {
    await local.goto(`file://${resolve(root, 'dist/studio/index.html')}`);
    const el = local.locator('csr-studio');
    await el.locator('#open-file').setInputFiles(file);
    await el.locator('#h-partners').waitFor();
    await el.locator('li[data-partner="telenor"] button.action-suspend').click();
    await el.locator('#confirm-ok').click();
    const [download] = await Promise.all([local.waitForEvent('download'), el.locator('#download').click()]);
    assert.equal(download.suggestedFilename(), 'csr.json');
    const text = readFileSync(await download.path(), 'utf8');
    const expected = JSON.parse(readFileSync(file, 'utf8'));
    expected.partners.telenor.status = 'suspended';
    assert.equal(text, format(expected));
  } finally {
    await local.close();
  }
});
