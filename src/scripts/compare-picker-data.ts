/** The picker's choice and its URL, shared by the picker script and its tests. */

/** The picker's choice, as carried in the URL (/compare/?a=…&pa=…&b=…&pb=…). */
export interface PickerChoice {
  a: string;
  b: string;
  /** Provision anchors, '' for the whole document. */
  pa: string;
  pb: string;
}

/**
 * Where a choice leads: two whole documents that are a measure and its
 * parent (`pagePair`) go to their pre-rendered page; anything else to
 * /compare/ with the choice in the query, compared in the browser.
 */
export function choiceUrl(c: PickerChoice, pagePair: boolean): string {
  if (!c.pa && !c.pb && pagePair) return `/compare/${encodeURIComponent(c.a)}/${encodeURIComponent(c.b)}/`;
  const q = new URLSearchParams();
  q.set('a', c.a);
  if (c.pa) q.set('pa', c.pa);
  q.set('b', c.b);
  if (c.pb) q.set('pb', c.pb);
  return `/compare/?${q.toString()}`;
}

/** Read a choice from a query string; missing values are ''. */
export function readChoice(search: string): PickerChoice {
  const q = new URLSearchParams(search);
  return { a: q.get('a') ?? '', b: q.get('b') ?? '', pa: q.get('pa') ?? '', pb: q.get('pb') ?? '' };
}
