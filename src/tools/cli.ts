// The `csr-widgets` command: validate a config, print the snippet a partner pastes, write a
// starter config. `bin/csr-widgets.js` runs the built copy of this module.
/// <reference types="node" />
import { existsSync } from 'node:fs';
import { copyFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { is } from '../config/kit.js';
import { IdSchema, LinkSchema } from '../config/schema.js';
import { checkBytes, verdict, type CheckResult } from './check.js';
import { InputError, readSource } from './read.js';
import { snippet, WIDGETS, DEFAULT_SCRIPT, type WidgetName } from './snippet.js';
import { snippetProblems } from './snippet-check.js';
import { formatConfig, starterConfig } from './starter.js';
import { startStudio } from './studio-server.js';

const VALIDATE_TIMEOUT_MS = 10000;
const SNIPPET_TIMEOUT_MS = 5000;
const WIDGET_NAMES = Object.keys(WIDGETS);

export const USAGE = `Usage:
  csr-widgets validate <file-or-url> [--timeout <ms>]
      Checks a config as the widgets will. Exit 0: valid; 1: problems (each printed with its
      path); 2: the command could not run (bad arguments, missing file or not a regular file,
      unreachable URL, no complete answer within --timeout, default ${VALIDATE_TIMEOUT_MS} ms).
      Warns, without changing the exit code, about partners that will not show, brand colours
      the widgets replace for low contrast, example values left from init and, for a URL,
      missing CORS and cache headers.
  csr-widgets snippet --src <config-url> --partner <id> [--widgets ${WIDGET_NAMES.join(',')}]
                      [--script <url>] [--config <file-or-url>] [--lang sv|en] [--timeout <ms>]
      Prints the HTML a partner pastes. With --config (or when --src can be read) it checks the
      partner and adds fallback links (in --lang, default en). Exit 0: every widget will show;
      1: some will show their fallback (each reason printed); 2: the command could not run. --script is where the page loads csr-widgets.js from
      (default ${DEFAULT_SCRIPT}); csr-widgets.css, which reserves the widgets' boxes, is linked from its folder. --timeout bounds reading a URL (default ${SNIPPET_TIMEOUT_MS} ms).
  csr-widgets studio [file] [--port <port>]
      Opens a form-based editor for a config (default csr.json; a starter config when it does not
      exist) on http://127.0.0.1, with a live preview of every widget and the snippet. Saving keeps
      the previous version as <file>.bak.
  csr-widgets --version
      Prints the version.
  csr-widgets init [file] [--force]
      Writes a starter config (default csr.json) and csr-config.schema.json beside it.`;

/** package.json's version, written in by the build (scripts/version.js). */
declare const __CSR_VERSION__: string;

class UsageError extends Error {}

/** Where the command finds the package's own files (`csr-config.schema.json`). */
export interface CliContext {
  packageRoot: string;
}

function parse<O extends ParseArgsConfig['options']>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

const TIMEOUT_OPTION = { timeout: { type: 'string' } } as const;

/** `--timeout <ms>`: a whole number of milliseconds, at least 1. */
function timeoutMs(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^[1-9]\d{0,8}$/.test(value)) throw new UsageError(`--timeout takes a number of milliseconds: ${value}`);
  return Number(value);
}

/** Reads and checks a config file or URL; throws `InputError` when it cannot be read. */
async function check(source: string, timeout: number): Promise<CheckResult> {
  return checkBytes(await readSource(source, { timeoutMs: timeout }));
}

async function validate(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, TIMEOUT_OPTION);
  if (positionals.length !== 1) throw new UsageError('validate takes one file or URL');
  const [source] = positionals;
  const result = await check(source, timeoutMs(values.timeout, VALIDATE_TIMEOUT_MS));
  const { problems, warnings, examples } = result;
  for (const warning of [...warnings, ...examples]) console.log(`warning: ${warning}`);
  if (problems.length) {
    console.log(`${source}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    for (const { path, message } of problems) console.log(`  ${path}: ${message}`);
  }
  console.log(verdict(source, result));
  return problems.length ? 1 : 0;
}

async function printSnippet(args: string[]): Promise<number> {
  const { values } = parse(args, {
    src: { type: 'string' },
    partner: { type: 'string' },
    widgets: { type: 'string' },
    script: { type: 'string' },
    config: { type: 'string' },
    lang: { type: 'string' },
    ...TIMEOUT_OPTION,
  });
  const timeout = timeoutMs(values.timeout, SNIPPET_TIMEOUT_MS);
  // The config's own rules for links and ids: what the widgets would accept in data-src and data-partner.
  if (!values.src) throw new UsageError('snippet needs --src <config-url>');
  if (!is(LinkSchema, values.src)) throw new UsageError(`--src must be an https URL (http only for localhost): ${values.src}`);
  if (!values.partner) throw new UsageError('snippet needs --partner <id>');
  if (!is(IdSchema, values.partner)) throw new UsageError(`--partner is not an id: ${values.partner}`);
  const widgets = (values.widgets ?? WIDGET_NAMES.join(',')).split(',').map((w) => w.trim()).filter(Boolean);
  const unknown = widgets.filter((w) => !Object.hasOwn(WIDGETS, w));
  if (unknown.length || !widgets.length)
    throw new UsageError(`--widgets takes a list of ${WIDGET_NAMES.join(', ')}${unknown.length ? ` (not: ${unknown.join(', ')})` : ''}`);

  let config;
  let problems: string[] = [];
  const source = values.config ?? values.src;
  try {
    const result = await check(source, timeout);
    config = result.config;
    problems = snippetProblems(result, values.partner, widgets as WidgetName[]);
    for (const problem of problems) console.error(`warning: ${problem}`);
  } catch (error) {
    if (values.config || !(error instanceof InputError)) throw error;
    console.error(`note: ${error.message}; the snippet has no fallback links`);
  }
  console.log(snippet({ src: values.src, partner: values.partner, widgets, script: values.script, config, lang: values.lang }));
  return problems.length ? 1 : 0;
}

async function init(args: string[], { packageRoot }: CliContext): Promise<number> {
  const { values, positionals } = parse(args, { force: { type: 'boolean' } });
  if (positionals.length > 1) throw new UsageError('init takes at most one file name');
  const file = resolve(positionals[0] ?? 'csr.json');
  const schema = join(dirname(file), 'csr-config.schema.json');
  // Without --force, create the file or fail (O_EXCL): nothing is written through an existing
  // name, not even a link that points nowhere yet.
  try {
    await writeFile(file, formatConfig(starterConfig()), { flag: values.force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as { code?: string } | null)?.code;
    if (code === 'EEXIST') throw new InputError(`${file} exists: pass --force to overwrite it`);
    if (code === 'ENOENT') throw new InputError(`${file}: cannot write it: the folder ${dirname(file)} does not exist`);
    throw new InputError(`${file}: cannot write it (${code ?? error})`);
  }
  await copyFile(join(packageRoot, 'csr-config.schema.json'), schema);
  console.log(`wrote ${file} (a starter config: replace the example values)`);
  console.log(`wrote ${schema} (editors validate and complete csr.json through its "$schema")`);
  console.log(`next: csr-widgets validate ${positionals[0] ?? 'csr.json'}`);
  return 0;
}

async function studio(args: string[], { packageRoot }: CliContext): Promise<number> {
  const { values, positionals } = parse(args, { port: { type: 'string' } });
  if (positionals.length > 1) throw new UsageError('studio takes at most one file name');
  if (values.port !== undefined && !/^\d{1,5}$/.test(values.port)) throw new UsageError(`--port takes a port number: ${values.port}`);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (port > 65535) throw new UsageError(`--port takes a port number up to 65535: ${values.port}`);
  const file = resolve(positionals[0] ?? 'csr.json');
  let running;
  try {
    running = await startStudio({ file, port, assets: join(packageRoot, 'dist/studio') });
  } catch (error) {
    const code = (error as { code?: string } | null)?.code;
    throw new InputError(code === 'EADDRINUSE' ? `port ${port} is in use: pick another with --port, or leave it out for a free one` : `cannot start the studio (${code ?? error})`);
  }
  console.log(`csr-widgets studio: editing ${running.file}${existsSync(running.file) ? '' : ' (a new starter config until you save)'}`);
  console.log(`open ${running.url} (only this computer can reach it); press Ctrl+C to stop`);
  await new Promise<void>((done) => {
    const stop = () => void running.close().then(done);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

const commands = new Map<string, (args: string[], context: CliContext) => Promise<number>>([
  ['validate', validate],
  ['snippet', printSnippet],
  ['init', init],
  ['studio', studio],
]);

/** Runs the command line `argv` (without node and the script); resolves with the exit code. */
export async function main(argv: string[], context: CliContext): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    console.log(__CSR_VERSION__);
    return 0;
  }
  const run = command === undefined ? undefined : commands.get(command);
  try {
    if (!run) throw new UsageError(command ? `unknown command: ${command}` : 'no command given');
    return await run(rest, context);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`csr-widgets: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof InputError) {
      console.error(`csr-widgets: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
