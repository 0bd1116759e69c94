// How the studio writes a config: stable, diff-friendly JSON. No Node or DOM APIs: the server and
// the editor in the browser (for the static build's download) write the same text.

/** 2-space indent, keys in their order, a final newline. */
export const formatConfig = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;
