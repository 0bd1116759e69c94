/**
 * Loaded before every test file (web-test-runner.config.js). A failed assertion about a DOM node
 * carries the node as its `actual` or `expected` value, and the runner cannot send a node to the
 * terminal (`structuredClone` refuses it, modernweb-dev/web#2967): the file then never finishes, and
 * the failure is never shown. Each failure's values are turned into text naming the node first.
 */
// Duck-typed, since a node from a frame is not an instance of this window's Node.
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && 'nodeType' in value && 'nodeName' in value;
const describeNode = (node: Node): string =>
  node.nodeType === 1
    ? `<${(node as Element).localName}${[...(node as Element).attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>`
    : `${node.nodeName} ${JSON.stringify(node.textContent?.slice(0, 80) ?? '')}`;

function sendable(value: unknown): unknown {
  try {
    structuredClone(value);
    return value;
  } catch {
    if (isNode(value)) return describeNode(value);
    if (Array.isArray(value)) return value.map(sendable);
    return String(value);
  }
}

type Failure = Error & { actual?: unknown; expected?: unknown; multiple?: Error[] };

/** Makes `err` (and the errors it gathers) sendable: node values become text; other values stay. */
export function reportable(err: Failure): void {
  for (const failure of [err, ...(err.multiple ?? [])] as Failure[]) {
    if ('actual' in failure) failure.actual = sendable(failure.actual);
    if ('expected' in failure) failure.expected = sendable(failure.expected);
  }
}

afterEach(function () {
  const err = this.currentTest?.err as Failure | undefined;
  if (err) reportable(err);
});
