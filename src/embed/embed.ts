/**
 * The iframe page (dist/embed.html) for hosts that only allow iframes. Runs at load: reads the page's
 * URL (the parameters are ./embed-params.ts) and shows the element, or the problems with the URL.
 * Posts { type: 'ladder-elements:resize', height } to the parent whenever its content height changes
 * (dist/embed-host.js applies it). No inline script or style, so it runs under a strict CSP.
 */

import { parseEmbedParams } from './embed-params.js';

export const RESIZE_MESSAGE = 'ladder-elements:resize';

function showProblems(root: HTMLElement, problems: string[]): void {
  const box = document.createElement('div');
  box.className = 'embed-error';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('strong');
  heading.textContent = 'This embed link has a problem';
  const list = document.createElement('ul');
  for (const problem of problems) {
    const li = document.createElement('li');
    li.textContent = problem;
    list.append(li);
  }
  const help = document.createElement('p');
  help.textContent = 'Example: embed.html?view=card&ladder=engineering&level=L4';
  box.append(heading, list, help);
  root.replaceChildren(box);
}

/** Tells the parent page the content height each time it changes. */
function reportHeight(): void {
  if (window.parent === window) return;
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
  };
  new ResizeObserver(send).observe(document.documentElement);
  send();
}

function start(): void {
  const root = document.getElementById('embed');
  if (!root) return;
  const { config, problems } = parseEmbedParams(location.search, location.href);
  if (!config) showProblems(root, problems);
  else {
    const el = document.createElement(config.tag);
    for (const [name, value] of config.attributes) el.setAttribute(name, value);
    const theme = config.attributes.find(([n]) => n === 'theme')?.[1];
    document.documentElement.classList.add(theme ? `theme-${theme}` : 'follow-scheme');
    root.replaceChildren(el);
  }
  reportHeight();
}

start();
