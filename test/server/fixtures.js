// The test server's fault-injecting endpoints, mounted as middleware in the test runner's real
// HTTP server. Every test uses its own key, so counts and HTTP caches never mix between tests.
//
// Config:  GET  /__cfg/<key>/<scenario>     scenarios below
//          POST /__cfg/<key>/set            {status?, body?, text?, headers?, delayMs?} for GET .../custom
//          GET  /__cfg/<key>/count          {count} of config requests for <key>
// Intake:  POST /__intake/<key>/script      {responses: [{status, body?, text?, headers?, hang?, delayMs?}]} used in turn
//                                            (`text`: a raw HTML body instead of JSON)
//          ANY  /__intake/<key>/reports     the report intake (scripted answers first, then the real contract)
//          GET  /__intake/<key>/received    {attempts: [{headers, body}], reports: [...stored]}
// Counter: ANY  /__count/<key>/counter     a share counter (scripted GET answers first, then the real one)
//          POST /__count/<key>/script      {responses: [{status?, text?, body?, delayMs?, hang?}]} for GETs, in turn
//          GET  /__count/<key>/received    {requests: [{method, url, headers, body}]} the counter received
//          ANY  /api/share-count           the example config's counter (scripts/share-counter.js)
// Script:  GET  /__lone/csr-widgets.js      dist/csr-widgets.js without the files beside it (a site that
//                                            copied the file, not the folder): anything else there is a 404
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createIntake } from '../../scripts/intake.js';
import { createShareCounter } from '../../scripts/share-counter.js';

const root = resolve(import.meta.dirname, '../..');
export const exampleConfigText = () => readFileSync(resolve(root, 'demo/csr.json'), 'utf8');

const counts = new Map();
const customs = new Map();
const intakes = new Map();
const counters = new Map();
const exampleCounter = createShareCounter();

const readBody = (req) =>
  new Promise((done) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
  });

const wait = (ms) => new Promise((r) => setTimeout(r, ms));

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

function exampleFor(req) {
  return exampleConfigText().replaceAll('http://localhost:4173', `http://${req.headers.host}`);
}

function mixedConfig(req) {
  const config = JSON.parse(exampleFor(req));
  config.partners.broken = { name: 'Broken AB', status: 'active', verifyUrl: 'javascript:alert(1)' };
  config.share.url = 'data:text/html,hi';
  return JSON.stringify(config);
}

async function config(req, res, key, scenario) {
  const n = (counts.get(key) ?? 0) + 1;
  counts.set(key, n);
  const json = { 'Content-Type': 'application/json' };
  switch (scenario) {
    case 'ok':
      return send(res, 200, exampleFor(req), json);
    case 'cacheable':
      return send(res, 200, exampleFor(req), { ...json, 'Cache-Control': 'public, max-age=600' });
    case 'bom':
      return send(res, 200, `\uFEFF${exampleFor(req)}`, { 'Content-Type': 'text/plain' });
    case 'utf16-bom':
      return send(res, 200, Buffer.from(`\uFEFF${exampleFor(req)}`, 'utf16le'), json);
    case '404':
      return send(res, 404, 'Not found', { 'Content-Type': 'text/plain' });
    case '500':
      return send(res, 500, 'Server error', { 'Content-Type': 'text/plain' });
    case '500-then-200':
      return n === 1 ? send(res, 500, 'Server error') : send(res, 200, exampleFor(req), json);
    case '503-retry-after':
      return n === 1 ? send(res, 503, 'Busy', { 'Retry-After': '1' }) : send(res, 200, exampleFor(req), json);
    case '429-then-200':
      return n === 1 ? send(res, 429, 'Slow down', { 'Retry-After': '0' }) : send(res, 200, exampleFor(req), json);
    case 'hang':
      return; // never answers; the client gives up
    case 'invalid-json':
      return send(res, 200, '{"version": 1, "organization": {', json);
    case 'too-large':
      return send(res, 200, JSON.stringify({ version: 1, organization: { name: 'x', url: 'https://example.org' }, padding: 'x'.repeat(300 * 1024) }), json);
    case 'mixed':
      return send(res, 200, mixedConfig(req), json);
    case 'custom': {
      const c = customs.get(key);
      if (!c) return send(res, 404, 'no custom config set');
      if (c.delayMs) await wait(c.delayMs);
      const body = c.text ?? JSON.stringify(c.body).replaceAll('http://localhost:4173', `http://${req.headers.host}`);
      return send(res, c.status ?? 200, body, { ...json, ...(c.headers ?? {}) });
    }
    default:
      return send(res, 400, `unknown scenario ${scenario}`);
  }
}

async function intake(req, res, key, action) {
  let state = intakes.get(key);
  if (!state) {
    state = { intake: createIntake(), script: [], attempts: [] };
    intakes.set(key, state);
  }
  if (action === 'script') {
    state.script = JSON.parse(await readBody(req)).responses ?? [];
    return send(res, 204, '');
  }
  if (action === 'received') {
    return send(res, 200, JSON.stringify({ attempts: state.attempts, reports: state.intake.reports }), {
      'Content-Type': 'application/json',
    });
  }
  if (action !== 'reports') return send(res, 404, 'unknown intake action');
  if (req.method === 'POST') {
    state.attempts.push({ headers: { ...req.headers } });
    const scripted = state.script.shift();
    if (scripted) {
      await readBody(req);
      if (scripted.hang) return;
      if (scripted.delayMs) await wait(scripted.delayMs);
      const raw = scripted.text ?? (scripted.body === undefined ? '' : JSON.stringify(scripted.body));
      return send(res, scripted.status, raw, {
        'Content-Type': scripted.text === undefined ? 'application/json' : 'text/html; charset=utf-8',
        ...(scripted.headers ?? {}),
      });
    }
  }
  return state.intake.handle(req, res);
}

async function counter(req, res, key, action) {
  let state = counters.get(key);
  if (!state) counters.set(key, (state = { counter: createShareCounter(), script: [], requests: [] }));
  if (action === 'script') {
    state.script = JSON.parse(await readBody(req)).responses ?? [];
    return send(res, 204, '');
  }
  if (action === 'received') return send(res, 200, JSON.stringify({ requests: state.requests }), { 'Content-Type': 'application/json' });
  if (action !== 'counter') return send(res, 404, 'unknown counter action');
  const request = { method: req.method, url: req.url, headers: { ...req.headers }, body: '' };
  state.requests.push(request);
  // Read beside the counter, which reads the body too.
  req.on('data', (chunk) => (request.body += chunk));
  const scripted = req.method === 'GET' ? state.script.shift() : undefined;
  if (scripted) {
    if (scripted.hang) return;
    if (scripted.delayMs) await wait(scripted.delayMs);
    return send(res, scripted.status ?? 200, scripted.text ?? JSON.stringify(scripted.body), { 'Content-Type': 'application/json' });
  }
  return state.counter.handle(req, res);
}

/** Koa middleware for @web/test-runner. */
export async function fixtures(ctx, next) {
  if (ctx.path.startsWith('/__lone/')) {
    ctx.respond = false;
    if (ctx.path !== '/__lone/csr-widgets.js') return send(ctx.res, 404, 'not here');
    return send(ctx.res, 200, readFileSync(resolve(root, 'dist/csr-widgets.js')), { 'Content-Type': 'text/javascript' });
  }
  if (ctx.path === '/api/share-count') {
    ctx.respond = false;
    return exampleCounter.handle(ctx.req, ctx.res);
  }
  const match = /^\/__(cfg|intake|count)\/([\w-]+)\/([\w-]+)$/.exec(ctx.path);
  if (!match) return next();
  const [, kind, key, action] = match;
  ctx.respond = false;
  const { req, res } = ctx;
  if (kind === 'cfg' && action === 'count') {
    return send(res, 200, JSON.stringify({ count: counts.get(key) ?? 0 }), { 'Content-Type': 'application/json' });
  }
  if (kind === 'cfg' && action === 'set') {
    customs.set(key, JSON.parse(await readBody(req)));
    return send(res, 204, '');
  }
  if (kind === 'count') return counter(req, res, key, action);
  return kind === 'cfg' ? config(req, res, key, action) : intake(req, res, key, action);
}
