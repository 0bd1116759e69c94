/**
 * Where the studio's config comes from and goes to: the local server of `csr-widgets studio` (read,
 * and save with the token of this run and the version that was read), or, in the static build, a
 * file or URL the person opens and a file they download.
 */

/** The header and meta name that carry the token of a run of `csr-widgets studio`. */
const TOKEN_HEADER = 'X-CSR-Studio-Token';

export interface Loaded {
  text: string;
  /** The file's version on disk (`If-Match` for the save); absent for an opened file or URL. */
  version?: string;
  /** The file name to show (and to download as). */
  name: string;
  /** False for a file that does not exist yet (the starter config is shown). */
  exists: boolean;
}

export type SaveOutcome = { ok: true; version: string } | { ok: false; conflict: boolean; reason: string };

/** The token the server wrote into the page, or `undefined` in the static build. */
export function serverToken(doc: Document = document): string | undefined {
  return doc.querySelector<HTMLMetaElement>('meta[name="csr-studio-token"]')?.content || undefined;
}

export async function loadFromServer(): Promise<Loaded> {
  const response = await fetch('/api/config', { headers: { Accept: 'application/json' }, cache: 'no-store' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const { text, version, name, exists } = (await response.json()) as Loaded;
  return { text, version, name, exists };
}

export async function saveToServer(text: string, version: string, token: string): Promise<SaveOutcome> {
  let response: Response;
  try {
    response = await fetch('/api/config', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'If-Match': version, [TOKEN_HEADER]: token },
      body: text,
    });
  } catch (error) {
    return { ok: false, conflict: false, reason: (error as Error).message };
  }
  const body = (await response.json().catch(() => ({}))) as { version?: string; error?: string };
  if (response.ok && body.version) return { ok: true, version: body.version };
  return { ok: false, conflict: response.status === 409, reason: body.error ?? `HTTP ${response.status}` };
}

/** A config from a file the person picked. */
export async function loadFromFile(file: File): Promise<Loaded> {
  return { text: await file.text(), name: file.name, exists: true };
}

/** A config from a URL (it must allow this page through CORS, as it must for partner sites). */
export async function loadFromUrl(url: string): Promise<Loaded> {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'omit', cache: 'no-store' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const name = new URL(response.url || url).pathname.split('/').pop() || 'csr.json';
  return { text: await response.text(), name, exists: true };
}

/** Offers `text` as a file download named `name`. */
export function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
