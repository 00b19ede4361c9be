/**
 * Long document pages render in steps (README "Quality bar").
 *
 * While the page loads, the provisions off screen are skipped
 * (`html.lazy-render`, set by an inline script in DocumentView before the
 * document is parsed; `content-visibility: auto` in global.css): the first
 * layout covers only what the reader sees. Skipped content is not given to
 * assistive technology either, so once the page has loaded this renders every
 * provision, in document order, a few per task within a small time budget
 * (each one's layout forced here, so that the budget measures it), and
 * yields between tasks: no long task, and soon the whole text for a screen
 * reader, find in page and printing alike. Provisions the reader scrolls to
 * are rendered by the browser meanwhile.
 */

export {};

declare global {
  interface Window {
    /** The inline script's fallback timer: it renders everything at once if this script never runs. */
    tiaowenLazyRender?: number;
  }
}

/** Rendering work per task, ms (Lighthouse counts a task as long from 50 ms at its 4× slowdown). */
const BUDGET_MS = 8;

const root = document.documentElement;

function nextTask(step: () => void): void {
  // after the next frame, when the browser is idle (rendering the last batch happens in that frame)
  if ('requestIdleCallback' in window) window.requestIdleCallback(step, { timeout: 1000 });
  else requestAnimationFrame(() => setTimeout(step, 0));
}

function renderAll(): void {
  const pending = [...document.querySelectorAll<HTMLElement>('article.document section.provision:not(.rendered)')];
  let next = 0;
  const step = (): void => {
    const start = performance.now();
    while (next < pending.length && performance.now() - start < BUDGET_MS) {
      const section = pending[next++]!;
      section.classList.add('rendered');
      // lay it out now, inside the budget, rather than all of them in the next frame
      void section.offsetHeight;
    }
    if (next < pending.length) nextTask(step);
    else done();
  };
  nextTask(step);
}

function done(): void {
  window.clearTimeout(window.tiaowenLazyRender);
  root.dataset.rendered = 'all';
}

if (root.classList.contains('lazy-render')) {
  if (document.readyState === 'complete') renderAll();
  else window.addEventListener('load', renderAll, { once: true });
} else {
  root.dataset.rendered = 'all';
}
