// The local server of `csr-widgets studio`: the editor's page and files, and one config file to read
// and save. Safe on a shared laptop: it listens on 127.0.0.1 only; it answers only requests whose
// Host (and Origin, when sent) is its own, so a web page cannot reach it through DNS rebinding;
// every write needs the token of this run, which only its own page carries; it writes the one file
// it was started with (and that file's .bak), atomically, and never over a change made on disk
// since the editor loaded it; and it limits the size of what it reads.
/// <reference types="node" />
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { copyFile, open, readFile, realpath, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { MAX_CONFIG_BYTES } from '../config/schema.js';
import { formatConfig, starterConfig } from './starter.js';

/** The request header that carries the token of this run. */
export const TOKEN_HEADER = 'x-csr-studio-token';
/** The version of a file that does not exist yet (for `If-Match` on the first save). */
export const ABSENT = '"absent"';
/** The largest request body: a config at the widgets' own limit. */
export const MAX_BODY_BYTES = MAX_CONFIG_BYTES;
/** The longest request line path, and the largest request head, that the server reads. */
export const MAX_URL_LENGTH = 2048;
export const MAX_HEADER_BYTES = 8 * 1024;

export interface StudioOptions {
  /** The config file to edit; created on the first save when it does not exist. */
  file: string;
  /** The folder with the editor's built page (dist/studio: index.html, studio.js). */
  assets: string;
  /** 0 (the default) for a free port. */
  port?: number;
  /** The token writes must carry; a new random one by default. */
  token?: string;
}

export interface Studio {
  server: Server;
  /** `http://127.0.0.1:<port>/` */
  url: string;
  port: number;
  token: string;
  /** The file it edits, with links resolved. */
  file: string;
  close(): Promise<void>;
}

/** The editor's files: a fixed list, never a path taken from the request. */
const ASSETS: Record<string, [file: string, type: string]> = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/studio.js': ['studio.js', 'text/javascript; charset=utf-8'],
};

/** A file's version for `ETag` / `If-Match`: a hash of its bytes. */
const versionOf = (bytes: Uint8Array): string => `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 32)}"`;


class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const code = (error: unknown): string | undefined => (error as { code?: string } | null)?.code;

/** The file's bytes, or `undefined` when it does not exist. */
async function readCurrent(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if (code(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/** The request body, refused (413) past `max` bytes, whether or not a Content-Length says so. */
async function readBody(request: IncomingMessage, max: number): Promise<Buffer> {
  if (Number(request.headers['content-length']) > max) throw new HttpError(413, `the body is larger than ${max} bytes`);
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw new HttpError(413, `the body is larger than ${max} bytes`);
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

/** Writes `text` to `file` atomically: a new file beside it, flushed, then renamed over it. The old one becomes `file.bak`. */
async function writeAtomically(file: string, text: string, existed: boolean): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o644);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (existed) await copyFile(file, `${file}.bak`);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Starts the studio's server for `file`; resolves once it listens. */
export async function startStudio({ file, assets, port = 0, token = randomBytes(24).toString('base64url') }: StudioOptions): Promise<Studio> {
  // Work on the file a link points to, so that a save replaces that file, not the link.
  const target = await realpath(file).catch((error) => {
    if (code(error) === 'ENOENT') return file;
    throw error;
  });
  let origins = new Set<string>();
  let hosts = new Set<string>();
  /** Serialises saves: the check of the version on disk and the write happen as one. */
  let saving: Promise<unknown> = Promise.resolve();

  const send = (response: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8', extra: Record<string, string> = {}) => {
    response.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'X-Frame-Options': 'DENY',
      ...extra,
    });
    response.end(body);
  };
  const sendJson = (response: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}) =>
    send(response, status, JSON.stringify(value), undefined, extra);

  const load = async () => {
    const bytes = await readCurrent(target);
    if (!bytes) return { exists: false, version: ABSENT, text: formatConfig(starterConfig()) };
    return { exists: true, version: versionOf(bytes), text: bytes.toString('utf8') };
  };

  async function save(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.headers[TOKEN_HEADER] !== token) throw new HttpError(403, 'this write does not carry the token of this run of the studio');
    if (!/^application\/json(?:;|$)/i.test(request.headers['content-type'] ?? '')) throw new HttpError(415, 'send the config as application/json');
    const expected = request.headers['if-match'];
    if (!expected) throw new HttpError(428, 'say which version of the file you edited (If-Match)');
    const body = await readBody(request, MAX_BODY_BYTES);
    let data: unknown;
    try {
      data = JSON.parse(body.toString('utf8'));
    } catch (error) {
      throw new HttpError(400, `the body is not JSON (${(error as Error).message})`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new HttpError(400, 'the config must be a JSON object');
    const text = formatConfig(data);
    if (Buffer.byteLength(text) > MAX_CONFIG_BYTES) throw new HttpError(413, `the config would be larger than ${MAX_CONFIG_BYTES / 1024} KiB, which the widgets refuse`);
    const run = saving.then(async () => {
      const current = await load();
      if (current.version !== expected) return { conflict: current };
      await writeAtomically(target, text, current.exists);
      return { version: versionOf(Buffer.from(text)) };
    });
    saving = run.catch(() => {});
    const outcome = await run;
    if ('conflict' in outcome)
      sendJson(response, 409, { error: 'the file changed on disk since the studio loaded it: reload it (your edits stay in the editor until you do)', ...outcome.conflict });
    else sendJson(response, 200, { version: outcome.version, text }, { ETag: outcome.version });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = request.url ?? '/';
    if (url.length > MAX_URL_LENGTH) throw new HttpError(414, 'the address is too long');
    // DNS rebinding: a page on another site that resolves its name to 127.0.0.1 still sends its own Host.
    if (!hosts.has(request.headers.host ?? '')) throw new HttpError(421, 'this server answers only requests for its own address');
    const origin = request.headers.origin;
    if (origin !== undefined && !origins.has(origin)) throw new HttpError(403, 'requests from other sites are refused');
    const path = url.split('?')[0];
    if (path === '/api/config') {
      if (request.method === 'GET' || request.method === 'HEAD') {
        const current = await load();
        return sendJson(response, 200, { ...current, file: target, name: basename(target) }, { ETag: current.version });
      }
      if (request.method === 'PUT') return save(request, response);
      throw new HttpError(405, 'GET or PUT');
    }
    if (path === '/favicon.ico') return send(response, 204, '');
    const asset = Object.hasOwn(ASSETS, path) ? ASSETS[path] : undefined;
    if (!asset) throw new HttpError(404, 'not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') throw new HttpError(405, 'GET only');
    let body = await readFile(join(assets, asset[0]));
    // The page carries the token: only a page served from here (same origin) can read it.
    if (asset[0] === 'index.html') body = Buffer.from(body.toString('utf8').replace(/<meta name="csr-studio-token" content=""/, `<meta name="csr-studio-token" content="${token}"`));
    send(response, 200, body, asset[1], {
      'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' https: data: blob: http://localhost:* http://127.0.0.1:*; connect-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    });
  }

  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES, requestTimeout: 30000 }, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof HttpError ? error.message : `could not complete the request (${code(error) ?? (error as Error)?.message})`;
      if (response.headersSent) response.destroy();
      else {
        sendJson(response, status, { error: message }, status === 413 ? { Connection: 'close' } : {});
        // Stop reading a body that was refused.
        if (status === 413 || !request.complete) request.resume();
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  hosts = new Set([`127.0.0.1:${actual}`, `localhost:${actual}`]);
  origins = new Set([...hosts].map((host) => `http://${host}`));
  return {
    server,
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    token,
    file: target,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
