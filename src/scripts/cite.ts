/**
 * Copy-citation buttons: `<button class="cite" data-citation="…">` copies its
 * citation to the clipboard and announces 已复制 in the polite live region
 * `#cite-status`. Falls back to a selected textarea + execCommand('copy')
 * where the async clipboard is missing or refused (file://, old browsers).
 *
 * Share buttons: `<button class="share" data-share-href="…" hidden>` (分享链接)
 * copy the address of the provision's share page (README "Share pages"),
 * whose preview in a chat app shows the provision's own title and opening
 * words; they are shown here, so a reader without JavaScript never meets a
 * button that does nothing.
 */

for (const b of document.querySelectorAll<HTMLButtonElement>('button.share[data-share-href]')) b.hidden = false;

function fallbackCopy(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.top = '0';
  area.style.left = '-9999px';
  document.body.append(area);
  const previous = document.activeElement as HTMLElement | null;
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  previous?.focus();
  return ok;
}

export async function copyText(text: string): Promise<boolean> {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission refused or document not focused: try the old way.
    }
  }
  return fallbackCopy(text);
}

function announce(message: string): void {
  const region = document.getElementById('cite-status');
  if (!region) return;
  // Clear first so that the same message twice is announced twice.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}

document.addEventListener('click', async (event) => {
  const target = event.target;
  if (!(target instanceof Element)) return;
  const button = target.closest<HTMLButtonElement>('button.cite[data-citation], button.share[data-share-href]');
  if (!button) return;
  // The link is resolved against the page's own address, so a site built without
  // TIAOWEN_SITE still hands out the address the reader is actually using.
  const share = button.dataset.shareHref;
  const href = button.dataset.citeHref;
  const citation = share
    ? new URL(share, location.href).href
    : [button.dataset.citation ?? '', href ? new URL(href, location.href).href : ''].filter(Boolean).join(' ');
  const ok = await copyText(citation);
  const what = share ? '分享链接' : '';
  announce(ok ? `已复制${what}：${citation}` : `复制失败，请手动复制：${citation}`);
  if (ok) {
    const label = (button.dataset.label ??= button.textContent ?? '复制引用');
    button.textContent = '已复制';
    window.setTimeout(() => {
      button.textContent = label;
    }, 2000);
  }
});
