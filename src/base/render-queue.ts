/**
 * Renders that can wait their turn: the one that shows a widget's content when the config arrives.
 * On a page with many widgets they would otherwise all run in one long task. They run in page
 * order, in tasks of about `SLICE_MS`, so the main thread answers input in between; the first slice
 * starts at once, so the widgets near the top of the page show in the first frame.
 */
const SLICE_MS = 12;

const queue: (() => void)[] = [];
let pumping = false;

/** A new task soon: `scheduler.postTask` where it exists (no clamping), else a message. */
const channel = typeof MessageChannel == 'function' ? new MessageChannel() : undefined;
const nextTask = (run: () => void): void => {
  if (channel) {
    channel.port1.onmessage = run;
    channel.port2.postMessage(0);
  } else setTimeout(run);
};

function pump(): void {
  const start = performance.now();
  try {
    while (queue.length && performance.now() - start < SLICE_MS) queue.shift()!();
  } finally {
    if (queue.length) nextTask(pump);
    else pumping = false;
  }
}

/** Runs `render` in the current slice when there is room, else in a later one. */
export function queueRender(render: () => void): void {
  queue.push(render);
  if (pumping) return;
  pumping = true;
  // The first slice runs after the current task's microtasks (like Lit's own scheduling).
  queueMicrotask(pump);
}
