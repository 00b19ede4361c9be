/**
 * Long pages render in steps (README "Quality bar").
 *
 * While the page loads, the blocks of DEFERRED off screen are skipped
 * (`html.lazy-render`, set by the inline script of LazyRender.astro before
 * them; `content-visibility: auto` in global.css): the first layout covers
 * only what the reader sees. Skipped content is not given to assistive
 * technology either, so once the page has loaded this renders every block, in
 * document order, a few per task within a small time budget (each one's
 * layout forced here, so that the budget measures it), and yields between
 * tasks: no long task, and soon the whole text for a screen reader, find in
 * page and printing alike. Blocks the reader scrolls to are rendered by the
 * browser meanwhile.
 */

declare global {
  interface Window {
    /** The inline script's fallback timer: it renders everything at once if this script never runs. */
    tiaowenLazyRender?: number;
  }
}

/**
 * Rendering work per task, ms. Lighthouse counts a task as long from 50 ms at
 * its 4× slowdown, and leaves tasks under 10 ms out of its simulation: a step
 * is this budget plus the layout of one block, so on a slow machine it must
 * stay well under 10 ms.
 */
const BUDGET_MS = 4;

/**
 * The blocks skipped while loading (the same list as global.css's and
 * print.css's rules): a document's provisions and the boxes in them, a comparison's rows (not the
 * sticky column heads), the crosswalk page's coverage sections and its list
 * of other documents cited.
 */
export const DEFERRED = [
  'article.document section.provision',
  // inside a provision, its 解读 and crosswalk boxes apart: one long article is then several steps
  'article.document aside.interpretation',
  'article.document aside.crosswalk-box',
  '.compare-rows > .compare-row:not(.compare-colheads)',
  '#coverage > section.coverage',
  'section#external',
];

const root = document.documentElement;

function nextTask(step: () => void): void {
  // after the next frame, when the browser is idle (rendering the last batch happens in that frame)
  if ('requestIdleCallback' in window) window.requestIdleCallback(step, { timeout: 1000 });
  else requestAnimationFrame(() => setTimeout(step, 0));
}

function renderAll(): void {
  const pending = [...document.querySelectorAll<HTMLElement>(DEFERRED.map((s) => `${s}:not(.rendered)`).join(','))];
  let next = 0;
  const step = (): void => {
    if (root.dataset.rendered === 'all') return;
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

/**
 * Everything at once, now: before the browser follows an in-page link (a 目录
 * entry, a citation of another article) while the steps are still running.
 * With blocks still skipped, their placeholder heights put the target
 * elsewhere than where it ends up, and the jump could land a screen away
 * from it; laid out first, the jump is exact. One long task, on the reader's
 * request only.
 */
function finishNow(): void {
  if (!root.classList.contains('lazy-render')) return;
  root.classList.remove('lazy-render');
  done();
}

/** The element an in-page link or the address's fragment names, if any. */
function fragmentTarget(hash: string): Element | null {
  if (hash.length < 2) return null;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
}

function onClick(event: MouseEvent): void {
  const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
  if (link && fragmentTarget(link.getAttribute('href') ?? '')) finishNow();
}

function onHashChange(): void {
  // a fragment reached without a click on a link (typed, history, a script)
  if (!root.classList.contains('lazy-render')) return;
  finishNow();
  fragmentTarget(location.hash)?.scrollIntoView();
}

if (root.classList.contains('lazy-render')) {
  document.addEventListener('click', onClick, { capture: true });
  window.addEventListener('hashchange', onHashChange);
  if (document.readyState === 'complete') renderAll();
  else window.addEventListener('load', renderAll, { once: true });
} else {
  root.dataset.rendered = 'all';
}
