/**
 * `TIAOWEN_SHARE_PAGES`: which provisions get a share page
 * (`/regulations/<slug>/<anchor>/`, README "Share pages"):
 *
 * - `articles` (the default): every article 条 and every section 一、 of a
 *   document without articles;
 * - `none`: no share pages, and no 分享链接 button.
 */

export const SHARE_DEPTHS = ['articles', 'none'] as const;

export type ShareDepth = (typeof SHARE_DEPTHS)[number];

export const DEFAULT_SHARE_DEPTH: ShareDepth = 'articles';

/** The share depth the environment asks for; throws with the accepted values when it is anything else. */
export function shareDepth(env: Record<string, string | undefined> = process.env): ShareDepth {
  const raw = env.TIAOWEN_SHARE_PAGES?.trim().toLowerCase();
  if (raw === undefined || raw === '') return DEFAULT_SHARE_DEPTH;
  const found = SHARE_DEPTHS.find((d) => d === raw);
  if (!found) throw new Error(`TIAOWEN_SHARE_PAGES: expected ${SHARE_DEPTHS.map((d) => `"${d}"`).join(' or ')}, got "${env.TIAOWEN_SHARE_PAGES}"`);
  return found;
}
