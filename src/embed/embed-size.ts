/**
 * Tells the parent page the embed's height, once it has settled: a change is measured each animation
 * frame until two frames agree, and only then sent, so a page that renders in steps sends its final
 * height in one message rather than every step on the way. Nothing is sent before `ready` settles
 * (the element has rendered, with the code it loads on demand): "Loading…" is not a height to size to.
 */
import { RESIZE_MESSAGE } from './embed-messages.js';

export interface HeightReporter {
  /** Measures again and sends the height even if the parent was told it before (a new host script). */
  resend(): void;
}

export function reportHeight(onSettled: () => void, ready: Promise<unknown> = Promise.resolve()): HeightReporter | undefined {
  if (window.parent === window) return undefined;
  let started = false;
  let sent = -1;
  let seen = -1;
  let frame = 0;
  const measure = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
  const check = () => {
    frame = 0;
    const height = measure();
    if (height !== seen) {
      seen = height;
      frame = requestAnimationFrame(check);
      return;
    }
    onSettled();
    if (!started || height === sent) return;
    sent = height;
    window.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(check);
  };
  new ResizeObserver(schedule).observe(document.documentElement);
  schedule();
  const start = () => {
    started = true;
    schedule();
  };
  ready.then(start, start);
  return {
    resend: () => {
      sent = -1;
      schedule();
    },
  };
}
