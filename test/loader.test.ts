import { expect } from '@open-wc/testing';
import { loadConfig, getConfig, configureLoader, clearConfigCache, absoluteUrl } from '../src/runtime/index.js';
import { LAST_GOOD_PREFIX } from '../src/runtime/loader.js';
import { namespace } from '../src/runtime/namespace.js';
import { cfgUrl, uniqueKey, requestCount, serveConfig, exampleConfig } from './support/server.js';

const fast = { timeoutMs: 1500, attempts: 3, backoffMs: 20 };

describe('config loader', () => {
  beforeEach(() => configureLoader(fast));
  afterEach(() => configureLoader({ timeoutMs: 8000, attempts: 3, backoffMs: 300 }));

  it('loads and validates the example config', async () => {
    const state = await getConfig(cfgUrl(uniqueKey(), 'ok'));
    expect(state.ok).to.equal(true);
    expect(state.ok && state.config.organization.name).to.equal('ECPAT Sverige');
  });

  it('reports a 404 as config-http without retrying', async () => {
    const key = uniqueKey();
    const state = await getConfig(cfgUrl(key, '404'));
    expect(state.ok).to.equal(false);
    expect(!state.ok && state.problem.code).to.equal('config-http');
    expect(!state.ok && state.problem.message).to.contain('HTTP 404');
    expect(await requestCount(key)).to.equal(1);
  });

  it('retries a 500 and succeeds on the 200 that follows', async () => {
    const key = uniqueKey();
    const state = await getConfig(cfgUrl(key, '500-then-200'));
    expect(state.ok).to.equal(true);
    expect(await requestCount(key)).to.equal(2);
  });

  it('gives up on a lasting 500 after a bounded number of attempts', async () => {
    const key = uniqueKey();
    const state = await getConfig(cfgUrl(key, '500'));
    expect(!state.ok && state.problem.code).to.equal('config-http');
    expect(await requestCount(key)).to.equal(3);
  });

  it('honours Retry-After on 429 and 503', async () => {
    for (const scenario of ['429-then-200', '503-retry-after']) {
      const key = uniqueKey();
      configureLoader({ ...fast, timeoutMs: 4000 });
      const state = await getConfig(cfgUrl(key, scenario));
      expect(state.ok, scenario).to.equal(true);
      expect(await requestCount(key)).to.equal(2);
    }
  });

  it('times out a hanging endpoint with config-timeout', async () => {
    const key = uniqueKey();
    const started = performance.now();
    const state = await getConfig(cfgUrl(key, 'hang'));
    expect(!state.ok && state.problem.code).to.equal('config-timeout');
    expect(performance.now() - started).to.be.below(fast.timeoutMs + 1000);
    expect(await requestCount(key)).to.equal(1);
  });

  it('reports invalid JSON as config-parse', async () => {
    const state = await getConfig(cfgUrl(uniqueKey(), 'invalid-json'));
    expect(!state.ok && state.problem.code).to.equal('config-parse');
  });

  it('refuses a body over 256 KiB with config-too-large', async () => {
    const state = await getConfig(cfgUrl(uniqueKey(), 'too-large'));
    expect(!state.ok && state.problem.code).to.equal('config-too-large');
  });

  it('accepts a byte-order mark and an unusual content type', async () => {
    const state = await getConfig(cfgUrl(uniqueKey(), 'bom'));
    expect(state.ok).to.equal(true);
  });

  it('keeps valid entries beside an invalid one, with path-precise issues', async () => {
    const state = await getConfig(cfgUrl(uniqueKey(), 'mixed'));
    expect(state.ok).to.equal(true);
    if (!state.ok) return;
    expect([...state.config.partners.keys()]).to.deep.equal(['telenor', 'bredbandsbolaget']);
    expect(state.config.share).to.equal(undefined);
    expect(state.config.issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'partners.broken.verifyUrl: must be an https URL',
      'share.url: must be an https URL',
    ]);
  });

  it('reports a config with a fatal fault as config-invalid naming the path', async () => {
    const { url } = await serveConfig({ version: 1, organization: { name: 'x', url: 'ftp://example.org' } });
    const state = await getConfig(url);
    expect(!state.ok && state.problem.code).to.equal('config-invalid');
    expect(!state.ok && state.problem.message).to.equal('organization.url: must be an https URL');
  });

  it('makes one request per absolute URL however it is written and however many ask', async () => {
    const key = uniqueKey();
    const url = cfgUrl(key, 'ok');
    const results = await Promise.all([
      loadConfig(url),
      loadConfig(`${location.origin}${url}`),
      loadConfig(`.${url}`.replace('./', '/')),
      ...Array.from({ length: 20 }, () => getConfig(url)),
    ]);
    expect(results.every((r) => r.ok)).to.equal(true);
    expect(await requestCount(key)).to.equal(1);
  });

  it('shares one request with a second copy of the library through window.csrWidgets', async () => {
    const key = uniqueKey();
    const url = absoluteUrl(cfgUrl(key, 'ok'));
    // What a second copy does: look up the shared map before fetching.
    const first = loadConfig(url);
    expect(window.csrWidgets?.configs.get(url)).to.equal(first);
    await first;
    expect(await requestCount(key)).to.equal(1);
    expect(namespace()).to.equal(window.csrWidgets);
  });

  it('honours HTTP caching when the page loads the config again', async () => {
    const key = uniqueKey();
    const url = cfgUrl(key, 'cacheable');
    expect((await getConfig(url)).ok).to.equal(true);
    clearConfigCache(url);
    expect((await getConfig(url)).ok).to.equal(true);
    expect(await requestCount(key)).to.equal(1);
  });

  describe('last-known-good copy', () => {
    it('is used, with its age, only when the endpoint fails', async () => {
      const good = await exampleConfig();
      const { key, url } = await serveConfig(good);
      expect((await getConfig(url)).ok).to.equal(true);
      const stored = localStorage.getItem(LAST_GOOD_PREFIX + absoluteUrl(url));
      expect(stored).to.be.a('string');

      await serveConfig(null, { key, status: 503, text: 'down' });
      clearConfigCache(url);
      const state = await getConfig(url);
      expect(state.ok).to.equal(true);
      expect(state.ok && state.stale?.problem.code).to.equal('config-http');
      expect(state.ok && state.stale?.ageMs).to.be.at.least(0);
    });

    it('never beats a freshly fetched suspension', async () => {
      const good = await exampleConfig();
      const { key, url } = await serveConfig(good);
      await getConfig(url);
      good.partners.telenor.status = 'suspended';
      await serveConfig(good, { key });
      clearConfigCache(url);
      const state = await getConfig(url);
      expect(state.ok && state.stale).to.equal(undefined);
      expect(state.ok && state.config.partners.get('telenor')?.status).to.equal('suspended');
    });

    it('is not used when it is older than the limit', async () => {
      const { key, url } = await serveConfig(await exampleConfig());
      await getConfig(url);
      const storageKey = LAST_GOOD_PREFIX + absoluteUrl(url);
      const saved = JSON.parse(localStorage.getItem(storageKey)!);
      localStorage.setItem(storageKey, JSON.stringify({ ...saved, savedAt: Date.now() - 40 * 24 * 3600 * 1000 }));
      await serveConfig(null, { key, status: 404, text: 'gone' });
      clearConfigCache(url);
      const state = await getConfig(url);
      expect(!state.ok && state.problem.code).to.equal('config-http');
    });
  });
});
