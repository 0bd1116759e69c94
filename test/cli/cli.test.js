// The csr-widgets command and the JSON Schema file, in Node (`node --test test/cli/`). Needs the
// build (dist/npm/tools), which `npm test` makes first.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, symlinkSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { Buffer } from 'node:buffer';
import { Ajv } from 'ajv';

const root = resolve(import.meta.dirname, '../..');
const cli = resolve(root, 'bin/csr-widgets.js');
const example = resolve(root, 'demo/csr.json');
const fixture = (name) => resolve(root, 'stories/configs', name);

/** Runs the command; resolves with its exit code and output (never rejects). */
const run = (args, { cwd = root, bin = cli, timeout = 30000 } = {}) =>
  new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { cwd, timeout }, (error, stdout, stderr) =>
      done({ code: error ? (error.code ?? error.signal ?? 1) : 0, stdout, stderr }),
    );
  });

/** Runs the command on input that must be refused or cut short: it gets 4 s, not 30. */
const runBounded = (args) => run(args, { timeout: 4000 });

let tmp;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'csr-cli-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('validate', () => {
  test('a valid config exits 0 and says what it holds', async () => {
    const { code, stdout } = await run(['validate', example]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /valid \(2 partners, 1 award, share, report\)/);
  });

  test('a verifyUrl or partner list on another site than the organization\'s is a problem with its path', async () => {
    const config = JSON.parse(readFileSync(example, 'utf8'));
    config.partners.telenor.verifyUrl = 'https://telenor-example.example/proof';
    config.organization.partnersUrl = 'https://elsewhere.example/partners';
    const file = join(tmp, 'off-site.json');
    writeFileSync(file, JSON.stringify(config));
    const { code, stdout } = await run(['validate', file]);
    assert.equal(code, 1);
    assert.ok(stdout.includes(`partners.telenor.verifyUrl: must be on the organization's site "localhost"`), stdout);
    assert.ok(stdout.includes(`organization.partnersUrl: must be on the organization's site "localhost"`), stdout);
  });

  test('broken entries exit 1 and print every problem with its path', async () => {
    const { code, stdout } = await run(['validate', fixture('broken-entries.json')]);
    assert.equal(code, 1);
    for (const line of [
      'partners.telenor.verifyUrl: must be an https URL',
      'awards.frii-2013.year: must be a year',
      'share.url: must be an https URL',
      'report.hotlineUrl: must be an https URL',
      'report.phone: must be a phone number',
    ])
      assert.ok(stdout.includes(line), `missing "${line}" in:\n${stdout}`);
    assert.match(stdout, /5 problems/);
    assert.match(
      stdout,
      /: valid with 4 entries dropped \(5 problems\): partners\.telenor, awards\.frii-2013, share, report; the widgets that need them show their fallback, the others work \(1 partner, 0 awards, no share section, no report section\)$/m,
    );
  });

  test('a rejected config lists the problems of every section too, and says that no widget can use it', async () => {
    const config = JSON.parse(readFileSync(example, 'utf8'));
    config.organization.url = 'javascript:alert(1)';
    config.partners.telenor.status = 'maybe';
    config.share.networks = 'all';
    const file = join(tmp, 'rejected.json');
    writeFileSync(file, JSON.stringify(config));
    const { code, stdout } = await run(['validate', file]);
    assert.equal(code, 1, stdout);
    const lines = stdout.trim().split('\n');
    assert.deepEqual(lines.slice(-5), [
      `${file}: 3 problems`,
      '  organization.url: must be an https URL',
      '  partners.telenor.status: must be "active", "suspended" or "ended"',
      '  share.networks: must be a list of network names',
      `${file}: rejected (3 problems): no widget can use this config until organization.url is fixed; once fixed, partners.telenor, share would still be dropped`,
    ]);
  });

  test('a config without organization and version is rejected naming both', async () => {
    const file = join(tmp, 'no-organization.json');
    writeFileSync(file, JSON.stringify({ partners: { telenor: { name: 'Telenor Sverige', status: 'active' } } }));
    const { code, stdout } = await run(['validate', file]);
    assert.equal(code, 1);
    assert.match(stdout, /rejected \(2 problems\): no widget can use this config until version, organization are fixed$/m);
  });

  test('a fatal problem (unknown version) exits 1', async () => {
    const { code, stdout } = await run(['validate', fixture('invalid.json')]);
    assert.equal(code, 1);
    assert.match(stdout, /version: must be 1/);
  });

  test('text that is not JSON exits 1', async () => {
    const { code, stdout } = await run(['validate', fixture('not-json.txt')]);
    assert.equal(code, 1);
    assert.match(stdout, /\(root\): is not valid JSON/);
  });

  test('a config over 256 KiB exits 1', async () => {
    const big = join(tmp, 'big.json');
    const config = JSON.parse(readFileSync(example, 'utf8'));
    config.padding = 'x'.repeat(300 * 1024);
    writeFileSync(big, JSON.stringify(config));
    const { code, stdout } = await run(['validate', big]);
    assert.equal(code, 1);
    assert.match(stdout, /256 KiB/);
  });

  test('a suspended or expired partner is valid, with a warning', async () => {
    const suspended = await run(['validate', fixture('suspended.json')]);
    assert.equal(suspended.code, 0);
    assert.match(suspended.stdout, /warning: partners\.telenor\.status: "suspended"/);
    const expired = await run(['validate', fixture('expired.json')]);
    assert.equal(expired.code, 0);
    assert.match(expired.stdout, /warning: partners\.telenor\.validUntil: 2020-12-31 has passed/);
  });

  test('warns about each example value left from init, and each link to a host reserved for examples', async () => {
    const dir = join(tmp, 'examples');
    mkdirSync(dir);
    assert.equal((await run(['init'], { cwd: dir })).code, 0);
    const config = JSON.parse(readFileSync(join(dir, 'csr.json'), 'utf8'));
    config.report.hotlineUrl = 'https://www.ecpat.se/hotline';
    config.report.phone = '+46 8 611 99 44';
    config.organization.url = 'https://www.ecpat.se/';
    config.partners['example-partner'].verifyUrl = 'https://www.ecpat.se/partners/example-partner';
    config.partners['example-partner'].url = 'https://sub.example.com/telenor';
    // On ngo.example, the starter's counter is off the organization's new site (a problem, not a warning).
    delete config.share.counter;
    writeFileSync(join(dir, 'csr.json'), JSON.stringify(config));
    const { code, stdout } = await run(['validate', 'csr.json'], { cwd: dir });
    assert.equal(code, 0, stdout);
    const warnings = stdout.split('\n').filter((line) => line.startsWith('warning: '));
    for (const line of [
      'warning: report.sms: "+46 70 000 00 01" is an example value left from init: replace it',
      'warning: report.endpoint: "https://ngo.example/api/reports" is an example value left from init: replace it',
      'warning: organization.name.sv: "Exempelorganisationen" is an example value left from init: replace it',
      'warning: partners.example-partner.domains: ["example.org"] is an example value left from init: replace it',
      'warning: partners.example-partner.url: "https://sub.example.com/telenor" is on a host reserved for examples: replace it with the real address',
    ])
      assert.ok(warnings.includes(line), `${line}\nnot in:\n${stdout}`);
    // Replaced values, choices a config keeps on purpose, $schema and the comments are not example values.
    for (const path of ['report.hotlineUrl', 'report.phone', 'organization.url', 'partners.example-partner.verifyUrl', '$schema', 'version', 'partners.example-partner.status', 'share.networks', 'share.title', 'organization.brand', '$comment'])
      assert.ok(!warnings.some((line) => line.startsWith(`warning: ${path}`)), `${path} warned about:\n${stdout}`);
  });

  test('a bad profile or share counter drops that alone, with its path; an unknown profile is a warning', async () => {
    const dir = join(tmp, 'profiles');
    mkdirSync(dir);
    const config = {
      version: 1,
      organization: {
        name: 'ECPAT Sverige',
        url: 'https://ngo.example/',
        profiles: { facebook: 'javascript:alert(1)', instagram: 'http://ngo.example/ig', mastodon: 'ngo@mastodon.example', x: 'https://x.example/ngo', myspace: 'https://example.org/m' },
      },
      share: { url: 'https://ngo.example/campaign', counter: 'https://counter.example.org/count' },
    };
    writeFileSync(join(dir, 'csr.json'), JSON.stringify(config));
    const { code, stdout } = await run(['validate', 'csr.json'], { cwd: dir });
    assert.equal(code, 1, stdout);
    for (const line of [
      'organization.profiles.facebook: must be an https URL',
      'organization.profiles.instagram: must be an https URL',
      'organization.profiles.mastodon: must be a Mastodon account such as "@name@mastodon.social"',
      'share.counter: must be on the organization\'s site "ngo.example"',
      'warning: organization.profiles.myspace: "myspace" is not a known profile: the share bar skips it (known: facebook, instagram, linkedin, youtube, tiktok, x, bluesky, mastodon, newsletter, rss)',
    ])
      assert.ok(stdout.includes(line), `${line}\nnot in:\n${stdout}`);
    assert.match(stdout, /valid with 4 entries dropped \(4 problems\): organization\.profiles\.facebook, organization\.profiles\.instagram, organization\.profiles\.mastodon, share\.counter;/);
  });

  test('links to hosts reserved for examples are warned about in any config, with their path', async () => {
    const { code, stdout } = await run(['validate', example]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^warning: awards\.frii-2013\.issuer\.url: "https:\/\/example\.org\/frii-example" is on a host reserved for examples: replace it with the real address$/m);
    // A partner's domains are not links: example.org there is where the demo's badge shows.
    assert.doesNotMatch(stdout, /domains/);
  });

  test('warns when the widgets will replace the brand colours with their defaults', async () => {
    const base = JSON.parse(readFileSync(example, 'utf8'));
    const validateBrand = async (brand) => {
      const file = join(tmp, 'brand.json');
      writeFileSync(file, JSON.stringify({ ...base, organization: { ...base.organization, brand } }));
      const result = await run(['validate', file]);
      assert.equal(result.code, 0, result.stdout);
      return result.stdout.split('\n').filter((line) => line.startsWith('warning: organization.brand'));
    };
    assert.deepEqual(await validateBrand({ primary: '#777777', onPrimary: '#888888' }), [
      'warning: organization.brand: #777777 on #888888 has a contrast of 1.26:1, below WCAG AA (4.5:1): the widgets use their default colours instead',
    ]);
    assert.deepEqual(await validateBrand({ primary: '#0a4a7a', onPrimary: 'rgba(255, 255, 255, 0.5)' }), [
      'warning: organization.brand: #0a4a7a and rgba(255, 255, 255, 0.5) must both be opaque (no alpha below 1): the widgets use their default colours instead',
    ]);
    assert.deepEqual(await validateBrand({ primary: '#123456' }), [
      'warning: organization.brand: primary without onPrimary: the widgets use their default colours instead (give both)',
    ]);
    assert.deepEqual(await validateBrand({ primary: '#123456', onPrimary: '#ffffff' }), []);
    assert.deepEqual(await validateBrand({}), []);
  });

  test('a missing file exits 2 with a clear message', async () => {
    const { code, stderr } = await run(['validate', join(tmp, 'nope.json')]);
    assert.equal(code, 2);
    assert.match(stderr, /nope\.json: no such file/);
  });

  test('input that is not a regular file (FIFO, device, folder) exits 2 without reading it', async () => {
    const fifo = join(tmp, 'config.fifo');
    execFileSync('mkfifo', [fifo]);
    for (const source of [fifo, '/dev/zero', tmp]) {
      const { code, stderr } = await runBounded(['validate', source]);
      assert.equal(code, 2, source);
      assert.match(stderr, /is not a regular file/, source);
    }
  });

  test('a UTF-16 config (with its byte order mark) exits 1: the config must be UTF-8', async () => {
    const text = readFileSync(example, 'utf8');
    const le = join(tmp, 'utf16le.json');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const be = join(tmp, 'utf16be.json');
    writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    for (const file of [le, be]) {
      const { code, stdout } = await run(['validate', file]);
      assert.equal(code, 1, file);
      assert.match(stdout, /\(root\): the config must be UTF-8 \(it starts with a UTF-16 byte order mark\)/, file);
    }
  });

  test('invalid UTF-8 exits 1 instead of turning into U+FFFD', async () => {
    const bad = join(tmp, 'latin1.json');
    writeFileSync(bad, Buffer.from(readFileSync(example, 'utf8').replace('ECPAT Sverige', 'ECPAT Sverige \u00e5'), 'latin1'));
    const { code, stdout } = await run(['validate', bad]);
    assert.equal(code, 1);
    assert.match(stdout, /\(root\): the config must be UTF-8/);
  });

  test('a UTF-8 byte order mark is allowed', async () => {
    const bom = join(tmp, 'bom.json');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(example)]));
    const { code, stdout } = await run(['validate', bom]);
    assert.equal(code, 0, stdout);
  });

  test('usage errors exit 2 and print the usage', async () => {
    for (const args of [
      [], ['validate'], ['validate', 'a', 'b'], ['frobnicate'], ['validate', '--bogus', example], ['constructor'], ['__proto__'],
      ['toString'], ['hasOwnProperty'], ['validate', '--timeout', 'soon', example], ['validate', '--timeout', '0', example],
    ]) {
      const { code, stderr } = await run(args);
      assert.equal(code, 2, `csr-widgets ${args.join(' ')}`);
      assert.match(stderr, /Usage:/);
    }
  });

  describe('over HTTP', () => {
    let server;
    let base;
    before(async () => {
      server = createServer((req, res) => {
        // The example config names the demo's address as the organization's site: here, this server's.
        // Its other example addresses (example.org) point here too, so that it has no example value left.
        const body = Buffer.from(readFileSync(example, 'utf8').replaceAll('http://localhost:4173', base).replaceAll('https://example.org/', `${base}/`));
        if (req.url === '/forged.json') {
          const forged = JSON.parse(body.toString('utf8'));
          forged.organization.url = 'https://www.ecpat.se/';
          delete forged.organization.partnersUrl;
          for (const partner of Object.values(forged.partners)) delete partner.verifyUrl;
          delete forged.share.counter;
          res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'max-age=300' });
          return res.end(JSON.stringify(forged));
        }
        if (req.url === '/good.json') {
          res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'max-age=300' });
          return res.end(body);
        }
        if (req.url === '/no-headers.json') {
          res.writeHead(200, { 'Content-Type': 'application/json' });
          return res.end(body);
        }
        if (req.url === '/endless.json') {
          // A body that never ends: written as fast as the client reads, until it hangs up.
          res.writeHead(200, { 'Content-Type': 'application/json' });
          const chunk = Buffer.alloc(64 * 1024, ' ');
          const pump = () => {
            while (!res.destroyed && res.write(chunk));
            if (!res.destroyed) res.once('drain', pump);
          };
          res.write('{"padding": "');
          return pump();
        }
        if (req.url === '/silent.json') return undefined; // never answers
        if (req.url === '/stalled.json') {
          // Headers and the first bytes, then nothing.
          res.writeHead(200, { 'Content-Type': 'application/json' });
          return res.write('{"version": 1,');
        }
        if (req.url === '/utf16.json') {
          res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'max-age=300' });
          return res.end(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body.toString('utf8'), 'utf16le')]));
        }
        res.writeHead(404).end('not found');
      });
      await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
      base = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => {
      server.closeAllConnections();
      return new Promise((ok) => server.close(ok));
    });

    test('a valid config served with CORS and cache headers exits 0 without warnings', async () => {
      const { code, stdout } = await run(['validate', `${base}/good.json`]);
      assert.equal(code, 0);
      assert.doesNotMatch(stdout, /warning/);
    });

    test('warns when the address that served the config is not on the organization\'s site', async () => {
      const { code, stdout } = await run(['validate', `${base}/forged.json`]);
      assert.equal(code, 0);
      assert.match(
        stdout,
        /warning: organization\.url: the config came from "127\.0\.0\.1", not the organization's site "www\.ecpat\.se": the partner badge and award ribbon will show their fallback for a config served from here \(config-origin\)/,
      );
    });

    test('missing CORS and cache headers are warned about', async () => {
      const { code, stdout } = await run(['validate', `${base}/no-headers.json`]);
      assert.equal(code, 0);
      assert.match(stdout, /no Access-Control-Allow-Origin header/);
      assert.match(stdout, /no Cache-Control header/);
    });

    test('HTTP 404 exits 2', async () => {
      const { code, stderr } = await run(['validate', `${base}/missing.json`]);
      assert.equal(code, 2);
      assert.match(stderr, /HTTP 404/);
    });

    test('an endless body is read only up to 256 KiB and exits 1', async () => {
      const { code, stdout } = await runBounded(['validate', `${base}/endless.json`]);
      assert.equal(code, 1, stdout);
      assert.match(stdout, /\(root\): is larger than 262144 bytes: the widgets refuse a config over 256 KiB/);
    });

    test('a server that never answers, or stops halfway, exits 2 after --timeout', async () => {
      for (const path of ['/silent.json', '/stalled.json']) {
        const { code, stderr } = await runBounded(['validate', '--timeout', '300', `${base}${path}`]);
        assert.equal(code, 2, path);
        assert.ok(stderr.includes(`${path}: cannot fetch the config (`), stderr);
        assert.match(stderr, /\((no answer|the answer did not finish) in 0\.3 s\)/, path);
        assert.doesNotMatch(stderr, /Usage:|at .*\.js:\d+/, path);
      }
    });

    test('a UTF-16 body exits 1: the config must be UTF-8', async () => {
      const { code, stdout } = await run(['validate', `${base}/utf16.json`]);
      assert.equal(code, 1);
      assert.match(stdout, /the config must be UTF-8/);
    });

    test('an unreachable URL exits 2', async () => {
      const closed = createServer();
      await new Promise((ok) => closed.listen(0, '127.0.0.1', ok));
      const { port } = closed.address();
      await new Promise((ok) => closed.close(ok));
      const { code, stderr } = await run(['validate', `http://127.0.0.1:${port}/csr.json`]);
      assert.equal(code, 2);
      assert.match(stderr, /cannot fetch the config \(ECONNREFUSED\)/);
    });
  });
});

describe('snippet', () => {
  const src = 'https://ngo.example/csr.json';

  test('prints the stylesheet, the script tag and one element per widget', async () => {
    const { code, stdout } = await run(['snippet', '--src', src, '--partner', 'telenor', '--config', example]);
    assert.equal(code, 0);
    const lines = stdout.trim().split('\n');
    assert.equal(lines[0], '<link rel="stylesheet" href="/js/csr-widgets.css">');
    assert.equal(lines[1], `<script src="/js/csr-widgets.js" data-src="${src}" data-partner="telenor" defer></script>`);
    assert.deepEqual(
      lines.slice(2).map((l) => /^<([a-z-]+)/.exec(l)[1]),
      ['csr-partner-badge', 'csr-award-ribbon', 'csr-share-bar', 'csr-report-button'],
    );
    // The fallback claims no partnership (it is what shows once the partner is revoked): it names the partner list.
    assert.match(stdout, /<csr-partner-badge><a href="http:\/\/localhost:4173\/partners.html#telenor">Partners of ECPAT Sverige<\/a><\/csr-partner-badge>/);
    assert.doesNotMatch(stdout, /is a partner of/);
  });

  test('--widgets picks the widgets, --script and --lang apply', async () => {
    const { code, stdout } = await run([
      'snippet', '--src', src, '--partner', 'telenor', '--widgets', 'badge,report', '--script', 'https://cdn.example/csr-widgets.js',
      '--config', example, '--lang', 'sv',
    ]);
    assert.equal(code, 0);
    assert.match(stdout, /<script src="https:\/\/cdn\.example\/csr-widgets\.js"/);
    assert.match(stdout, /^<link rel="stylesheet" href="https:\/\/cdn\.example\/csr-widgets\.css">$/m);
    assert.match(stdout, />Partner till ECPAT Sverige</);
    assert.doesNotMatch(stdout, /csr-share-bar|csr-award-ribbon/);
  });

  test('the stylesheet comes from the script\'s folder, whatever the script is named', async () => {
    for (const [script, css] of [
      ['/assets/vendor/csr-widgets.js', '/assets/vendor/csr-widgets.css'],
      ['https://cdn.example/csr/1.2/widgets.min.js?v=3#x', 'https://cdn.example/csr/1.2/csr-widgets.css'],
      ['csr-widgets.js', 'csr-widgets.css'],
      ['/js/a"b/csr-widgets.js', '/js/a&quot;b/csr-widgets.css'],
    ]) {
      const { code, stdout } = await run(['snippet', '--src', src, '--partner', 'telenor', '--script', script, '--config', example]);
      assert.equal(code, 0, script);
      assert.equal(stdout.split('\n')[0], `<link rel="stylesheet" href="${css}">`, script);
    }
  });

  test('warns about a partner that will not show: suspended, or past its validUntil', async () => {
    const suspended = await run(['snippet', '--src', src, '--partner', 'telenor', '--widgets', 'badge', '--config', fixture('suspended.json')]);
    assert.equal(suspended.code, 1);
    assert.match(suspended.stderr, /warning: partners\.telenor\.status: "suspended": its widgets show their fallback/);
    const expired = await run(['snippet', '--src', src, '--partner', 'telenor', '--widgets', 'badge', '--config', fixture('expired.json')]);
    assert.equal(expired.code, 1);
    assert.match(expired.stderr, /warning: partners\.telenor\.validUntil: 2020-12-31 has passed: its widgets show their fallback/);
    assert.match(expired.stdout, /data-partner="telenor"/);
    const active = await run(['snippet', '--src', src, '--partner', 'telenor', '--config', example]);
    assert.equal(active.stderr, '');
    assert.equal(active.code, 0);
  });

  test('checks the award the ribbon shows and the sections the share bar and report button need', async () => {
    const config = JSON.parse(readFileSync(example, 'utf8'));
    config.partners.telenor.awards = ['frii-2031'];
    delete config.share;
    config.report.phone = 'call us';
    const file = join(tmp, 'snippet-sections.json');
    writeFileSync(file, JSON.stringify(config));
    const { code, stderr, stdout } = await run(['snippet', '--src', src, '--partner', 'telenor', '--config', file]);
    assert.equal(code, 1);
    assert.deepEqual(stderr.trim().split('\n'), [
      'warning: partners.telenor.awards: "frii-2031" cannot be shown (awards.frii-2031: the config lists no such award): the ribbon shows its fallback',
      'warning: share: the config has no share section: the share bar shows its fallback',
      'warning: report.phone: must be a phone number such as "+46 8 123 45 67": the report button shows its fallback',
    ]);
    assert.match(stdout, /<csr-award-ribbon><\/csr-award-ribbon>/);
    // Only the widgets asked for are checked.
    const badge = await run(['snippet', '--src', src, '--partner', 'telenor', '--widgets', 'badge', '--config', file]);
    assert.equal(badge.code, 0, badge.stderr);
    assert.equal(badge.stderr, '');
    delete config.partners.telenor.awards;
    writeFileSync(file, JSON.stringify(config));
    const none = await run(['snippet', '--src', src, '--partner', 'telenor', '--widgets', 'ribbon', '--config', file]);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /^warning: partners\.telenor\.awards: lists no award: the ribbon shows its fallback/);
  });

  test('a rejected config or an invalid partner exits 1 and says which widgets fall back', async () => {
    const config = JSON.parse(readFileSync(example, 'utf8'));
    config.partners.telenor.verifyUrl = 'javascript:alert(1)';
    const file = join(tmp, 'snippet-partner.json');
    writeFileSync(file, JSON.stringify(config));
    const invalid = await run(['snippet', '--src', src, '--partner', 'telenor', '--config', file]);
    assert.equal(invalid.code, 1);
    assert.equal(
      invalid.stderr.trim(),
      'warning: partners.telenor is invalid (partners.telenor.verifyUrl: must be an https URL): the badge and the ribbon show their fallback',
    );
    config.version = 2;
    writeFileSync(file, JSON.stringify(config));
    const rejected = await run(['snippet', '--src', src, '--partner', 'telenor', '--widgets', 'share', '--config', file]);
    assert.equal(rejected.code, 1);
    assert.match(rejected.stderr, /^warning: the config is rejected \(version, partners\.telenor\.verifyUrl\): the share bar shows its fallback/);
  });

  test('warns about a partner the config does not list', async () => {
    const { code, stderr, stdout } = await run(['snippet', '--src', src, '--partner', 'nobody', '--config', example]);
    assert.equal(code, 1);
    assert.match(stderr, /lists no valid partner "nobody"/);
    assert.match(stdout, /data-partner="nobody"/);
  });

  test('names that only an object\'s prototype has are not widgets or languages', async () => {
    for (const widgets of ['constructor', '__proto__', 'badge,toString', 'hasOwnProperty']) {
      const { code, stdout, stderr } = await run(['snippet', '--src', src, '--partner', 'telenor', '--widgets', widgets, '--config', example]);
      assert.equal(code, 2, widgets);
      assert.match(stderr, /--widgets takes a list of badge, ribbon, share, report \(not: /, widgets);
      assert.doesNotMatch(stdout, /function|\[object/, widgets);
    }
    for (const lang of ['__proto__', 'constructor', 'toString', 'valueOf']) {
      const { code, stdout } = await run(['snippet', '--src', src, '--partner', 'telenor', '--config', example, '--lang', lang]);
      assert.equal(code, 0, lang);
      assert.doesNotMatch(stdout, /function|\[object|native code/, lang);
      assert.match(stdout, />Partners of ECPAT Sverige</, lang);
      assert.match(stdout, /<csr-award-ribbon><a href="[^"]+">Corporate Partnership of the Year 2013<\/a>/, lang);
    }
  });

  test('bad arguments exit 2', async () => {
    for (const args of [
      ['--partner', 'telenor'],
      ['--src', src],
      ['--src', 'http://ngo.example/csr.json', '--partner', 'telenor'],
      ['--src', src, '--partner', 'not an id'],
      ['--src', src, '--partner', 'telenor', '--widgets', 'badge,banner'],
    ]) {
      const { code, stderr } = await run(['snippet', ...args, '--config', example]);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /csr-widgets: /);
    }
  });
});

test('--version prints package.json\'s version', async () => {
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  for (const flag of ['--version', '-v']) {
    const { code, stdout } = await run([flag]);
    assert.equal(code, 0);
    assert.equal(stdout, `${version}\n`);
  }
});

describe('init', () => {
  test('writes a starter config that validates, and the schema beside it', async () => {
    const dir = join(tmp, 'init');
    mkdirSync(dir);
    const first = await run(['init'], { cwd: dir });
    assert.equal(first.code, 0, first.stderr);
    const written = JSON.parse(readFileSync(join(dir, 'csr.json'), 'utf8'));
    assert.equal(written.$schema, './csr-config.schema.json');
    assert.ok(written.$comment && written.organization.$comment, 'commented');
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'csr-config.schema.json'), 'utf8')), schema());
    const check = await run(['validate', 'csr.json'], { cwd: dir });
    assert.equal(check.code, 0, check.stdout);
    // Valid, with a warning on each example value it holds.
    assert.match(check.stdout, /^warning: report\.hotlineUrl: "https:\/\/ngo\.example\/hotline" is an example value left from init: replace it$/m);
    assert.match(check.stdout, /^warning: partners\.example-partner\.since: 2024 is an example value left from init: replace it$/m);
    // The share bar's follow row and counter are offered, as example values to replace.
    assert.equal(written.organization.profiles.mastodon, '@example@mastodon.example');
    assert.match(check.stdout, /^warning: organization\.profiles\.facebook: "https:\/\/example\.org\/your-facebook-page" is an example value left from init: replace it$/m);
    assert.match(check.stdout, /^warning: share\.counter: "https:\/\/ngo\.example\/api\/share-count" is an example value left from init: replace it$/m);
    assert.equal(validator()(written), true, JSON.stringify(validator().errors));
  });

  test('a folder that does not exist is a one-line message and exit 2, not a stack trace', async () => {
    const { code, stderr } = await run(['init', join(tmp, 'no-such-folder', 'csr.json')]);
    assert.equal(code, 2);
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
    assert.match(stderr, /the folder .*no-such-folder does not exist/);
  });

  test('refuses to overwrite without --force', async () => {
    const dir = join(tmp, 'again');
    mkdirSync(dir);
    writeFileSync(join(dir, 'mine.json'), '{}');
    const refused = await run(['init', 'mine.json'], { cwd: dir });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /exists: pass --force/);
    assert.equal(readFileSync(join(dir, 'mine.json'), 'utf8'), '{}');
    const forced = await run(['init', 'mine.json', '--force'], { cwd: dir });
    assert.equal(forced.code, 0);
  });

  test('refuses a name that is a link to nowhere, instead of writing where it points', async () => {
    const dir = join(tmp, 'linked');
    mkdirSync(dir);
    symlinkSync(join(tmp, 'elsewhere.json'), join(dir, 'csr.json'));
    const refused = await run(['init'], { cwd: dir });
    assert.equal(refused.code, 2, refused.stdout);
    assert.match(refused.stderr, /exists: pass --force/);
    assert.equal(existsSync(join(tmp, 'elsewhere.json')), false);
  });
});

const schema = () => JSON.parse(readFileSync(resolve(root, 'csr-config.schema.json'), 'utf8'));
let compiled;
const validator = () => (compiled ??= new Ajv({ allErrors: true, strict: false }).compile(schema()));

describe('csr-config.schema.json', () => {
  test('accepts the example config', () => {
    const ok = validator()(JSON.parse(readFileSync(example, 'utf8')));
    assert.equal(ok, true, JSON.stringify(validator().errors));
  });

  test('rejects a broken config, naming the paths', () => {
    const ok = validator()(JSON.parse(readFileSync(fixture('broken-entries.json'), 'utf8')));
    assert.equal(ok, false);
    const paths = validator().errors.map((e) => e.instancePath);
    for (const path of ['/partners/telenor/verifyUrl', '/awards/frii-2013/year', '/share/url', '/report/phone'])
      assert.ok(paths.includes(path), `${path} not in ${paths.join(', ')}`);
  });

  test('rejects a wrong version, a javascript: link and a missing organization', () => {
    const config = JSON.parse(readFileSync(example, 'utf8'));
    assert.equal(validator()({ ...config, version: 2 }), false);
    assert.equal(validator()({ ...config, organization: { ...config.organization, url: 'javascript:alert(1)' } }), false);
    const { organization: _, ...noOrganization } = config;
    assert.equal(validator()(noOrganization), false);
  });
});

describe('csr-config.schema.json for editors', () => {
  /** Every schema in the tree with its JSON pointer. */
  const nodes = (node, at = '', out = []) => {
    out.push([at, node]);
    for (const [key, inner] of Object.entries(node.properties ?? {})) nodes(inner, `${at}/properties/${key}`, out);
    for (const key of ['items', 'additionalProperties', 'propertyNames']) if (node[key]) nodes(node[key], `${at}/${key}`, out);
    (node.anyOf ?? []).forEach((inner, i) => nodes(inner, `${at}/anyOf/${i}`, out));
    return out;
  };

  test('every field, section and entry has a title and a description, and examples are valid values', () => {
    const all = nodes(schema());
    assert.ok(all.length > 80, `${all.length} schemas`);
    const undocumented = all.filter(([, node]) => !node.title || !node.description).map(([at]) => at || '(root)');
    assert.deepEqual(undocumented, []);
    const ajv = new Ajv({ strict: false });
    let examples = 0;
    for (const [at, node] of all)
      for (const example of node.examples ?? []) {
        examples++;
        assert.ok(ajv.validate({ ...node, $schema: undefined }, example), `${at}: example ${JSON.stringify(example)} does not validate`);
      }
    assert.ok(examples >= 30, `${examples} examples`);
  });

  test('share.networks lists the known networks, so that an editor flags "twiter"; the command accepts it with a warning', async () => {
    const items = schema().properties.share.properties.networks.items;
    assert.deepEqual(items.enum, ['native', 'facebook', 'x', 'linkedin', 'bluesky', 'mastodon', 'whatsapp', 'telegram', 'email', 'copy']);
    assert.match(items.description, /native, facebook, x, linkedin/);
    assert.match(schema().properties.share.properties.networks.description, /skip one they do not know with a console warning/);
    const config = JSON.parse(readFileSync(example, 'utf8'));
    config.share.networks = ['facebook', 'twiter', 'email'];
    assert.equal(validator()(config), false);
    assert.deepEqual(
      validator().errors.map((e) => [e.instancePath, e.keyword]),
      [['/share/networks/1', 'enum']],
    );
    const file = join(tmp, 'twiter.json');
    writeFileSync(file, JSON.stringify(config));
    const { code, stdout } = await run(['validate', file]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^warning: share\.networks\.1: "twiter" is not a known network: the share bar skips it \(known: native, facebook, /m);
    assert.doesNotMatch(stdout, /share\.networks\.[02]/);
  });

  test('the browser builds and the npm modules carry none of its documentation', () => {
    const descriptions = [...new Set(nodes(schema()).map(([, node]) => node.description))];
    for (const file of ['dist/csr-widgets.js', 'dist/csr-widgets.partner-list.js', 'dist/npm/config/schema.js']) {
      const text = readFileSync(resolve(root, file), 'utf8');
      const found = descriptions.filter((description) => text.includes(description));
      assert.deepEqual(found, [], file);
    }
    // The command keeps them: it is bundled by esbuild, without the plugin.
    assert.ok(readFileSync(resolve(root, 'dist/npm/tools/cli.js'), 'utf8').includes(schema().properties.share.properties.networks.description));
  });

  test('dropping the documentation takes out each meta() call, nested or renamed, and keeps the lines', async () => {
    const { dropMetaCalls: drop } = await import('../../scripts/schema-docs.js');
    const code = [
      "import { meta as m, str, arr } from './kit.js';",
      "const a = m(arr(m(str(), { title: 'inner (one)' }), { type: 'x' }), {",
      "  description: 'outer, \u00e5 …',",
      '});',
      'function f() {',
      '  return m(',
      "    str(), { title: 't' });",
      '}',
      "const meta = (x: string) => x; meta('not the kit');",
    ].join('\n');
    const dropped = drop(code);
    assert.equal(dropped.split('\n').length, code.split('\n').length);
    assert.ok(!/title|description/.test(dropped), dropped);
    assert.match(dropped, /const a = arr\(str\(\), \{ type: 'x' \}\)\n/);
    assert.match(dropped, /return str\(\)/);
    // A module that does not import meta from the kit is left alone.
    assert.equal(drop("const meta = (x) => x; meta('a', 'b');"), undefined);
  });
});

describe('the packed package', () => {
  test('ships the command, its built tools and the schema, and runs from there', async () => {
    const files = await new Promise((done, fail) =>
      execFile('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root }, (error, stdout) =>
        error ? fail(error) : done(JSON.parse(stdout)[0].files.map((f) => f.path)),
      ),
    );
    for (const path of ['bin/csr-widgets.js', 'dist/npm/tools/cli.js', 'dist/npm/config/index.js', 'csr-config.schema.json'])
      assert.ok(files.includes(path), `${path} is not in the package`);
    assert.ok(!files.some((f) => f.startsWith('src/')), 'sources are not shipped');
    assert.ok(!files.some((f) => f.startsWith('test/')), 'tests are not shipped');
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
    assert.equal(pkg.bin['csr-widgets'], 'bin/csr-widgets.js');

    // Lay out the packed files as an installed package and run the command from there.
    const installed = join(tmp, 'app/node_modules/csr-widgets');
    for (const path of files) cpSync(resolve(root, path), join(installed, path));
    for (const dep of ['lit', '@lit', 'lit-html', 'lit-element', '@lit-labs'])
      try {
        symlinkSync(resolve(root, 'node_modules', dep), join(tmp, 'app/node_modules', dep));
      } catch {
        // not every one exists
      }
    const { code, stdout } = await run(['validate', example], { cwd: join(tmp, 'app'), bin: join(installed, 'bin/csr-widgets.js') });
    assert.equal(code, 0, stdout);
  });

  test('without the build, the command says to build and exits 2', async () => {
    const bare = join(tmp, 'bare/node_modules/csr-widgets');
    cpSync(resolve(root, 'bin/csr-widgets.js'), join(bare, 'bin/csr-widgets.js'));
    const { code, stderr } = await run(['validate', example], { bin: join(bare, 'bin/csr-widgets.js') });
    assert.equal(code, 2);
    assert.match(stderr, /^csr-widgets: the built library is missing \(ERR_MODULE_NOT_FOUND\): run `npm run build` first\n$/);
  });
});

describe('the tools layer', () => {
  test('src/tools imports only from src/config and Node built-ins', () => {
    const dir = resolve(root, 'src/tools');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      const imports = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2]);
      assert.ok(imports.length, `${file} has no imports to check`);
      for (const specifier of imports)
        assert.match(specifier, /^(node:|\.\.\/config\/|\.\/[^/]+$)/, `src/tools/${file} imports ${specifier}`);
    }
  });
});
