/**
 * The one HTML/XML text escaper of the site: `&`, `<`, `>`, `"` and `'`
 * become entities, so the result is safe in element content and in
 * attribute values quoted either way (HTML pages, the share pages, search
 * excerpts, the compare diff, Akoma Ntoso XML).
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
