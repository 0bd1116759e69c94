/** Helpers for the test server's fault-injecting endpoints (see test/server/fixtures.js). */
let counter = 0;

/** A key unique to this test run, so that counts and HTTP caches never mix. */
export const uniqueKey = (label = 't'): string =>
  `${label}-${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

export const cfgUrl = (key: string, scenario: string): string => `/__cfg/${key}/${scenario}`;

export async function requestCount(key: string): Promise<number> {
  const response = await fetch(`/__cfg/${key}/count`);
  return ((await response.json()) as { count: number }).count;
}

/** Serves `body` (or raw `text`) at the returned URL for this key. */
export async function serveConfig(
  body: unknown,
  options: { key?: string; status?: number; text?: string; headers?: Record<string, string>; delayMs?: number } = {},
): Promise<{ key: string; url: string }> {
  const key = options.key ?? uniqueKey('custom');
  await fetch(`/__cfg/${key}/set`, {
    method: 'POST',
    body: JSON.stringify({ body, text: options.text, status: options.status, headers: options.headers, delayMs: options.delayMs }),
  });
  return { key, url: cfgUrl(key, 'custom') };
}

/** The example config from the seed, as served by the demo (addresses pointing at this server). */
export async function exampleConfig(): Promise<Record<string, any>> {
  const response = await fetch(cfgUrl(uniqueKey('example'), 'ok'));
  return (await response.json()) as Record<string, any>;
}

export interface IntakeResponse {
  status: number;
  body?: unknown;
  /** A raw body sent as HTML instead of `body` as JSON (a captive portal, say). */
  text?: string;
  headers?: Record<string, string>;
  hang?: boolean;
  delayMs?: number;
}

/** A report intake for one test; `responses` are answered in turn before the real contract applies. */
export async function scriptIntake(responses: IntakeResponse[] = [], key = uniqueKey('intake')): Promise<{ key: string; url: string }> {
  await fetch(`/__intake/${key}/script`, { method: 'POST', body: JSON.stringify({ responses }) });
  return { key, url: `${location.origin}/__intake/${key}/reports` };
}

export async function intakeReceived(key: string): Promise<{
  attempts: { headers: Record<string, string> }[];
  reports: { id: string; key: string; cookie: string | null; referer: string | null; report: Record<string, unknown> }[];
}> {
  return (await fetch(`/__intake/${key}/received`)).json();
}

export interface CounterResponse {
  status?: number;
  body?: unknown;
  /** A raw body instead of `body` as JSON. */
  text?: string;
  delayMs?: number;
  hang?: boolean;
}

/** A share counter for one test; its first GETs get `responses`, in turn, then the real counter answers. */
export async function scriptCounter(responses: CounterResponse[] = [], key = uniqueKey('counter')): Promise<{ key: string; url: string }> {
  await fetch(`/__count/${key}/script`, { method: 'POST', body: JSON.stringify({ responses }) });
  return { key, url: `${location.origin}/__count/${key}/counter` };
}

/** What a test's counter received. */
export async function counterReceived(key: string): Promise<{ method: string; url: string; headers: Record<string, string>; body: string }[]> {
  return ((await (await fetch(`/__count/${key}/received`)).json()) as { requests: [] }).requests;
}
