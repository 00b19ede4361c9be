/**
 * The address printed at the foot of every sheet: the page's canonical
 * address when the build knows the site (TIAOWEN_SITE), else the address the
 * reader is actually on (never a placeholder).
 */
const printUrl = document.querySelector<HTMLElement>('.print-url');
if (printUrl && !printUrl.textContent?.trim()) printUrl.textContent = `${location.origin}${location.pathname}${location.search}`;
