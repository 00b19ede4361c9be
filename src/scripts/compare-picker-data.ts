/** Shape of /compare/data.json, shared by the endpoint and the picker script. */
export interface PickerUnit {
  anchor: string;
  num: string;
  heading: string | null;
  text: string;
}

export interface PickerDocument {
  slug: string;
  title: string;
  shortTitle: string;
  /** Document page path (/regulations/<slug>/). */
  href: string;
  /** Slugs of its parents. */
  parents: string[];
  units: PickerUnit[];
}

export interface PickerData {
  documents: PickerDocument[];
}

/** The picker's choice, as carried in the URL (/compare/?a=…&pa=…&b=…&pb=…). */
export interface PickerChoice {
  a: string;
  b: string;
  /** Provision anchors, '' for the whole document. */
  pa: string;
  pb: string;
}

/** Where a choice leads: a whole-document pair page, or the index with the provisions in the query. */
export function choiceUrl(c: PickerChoice): string {
  if (!c.pa && !c.pb) return `/compare/${encodeURIComponent(c.a)}/${encodeURIComponent(c.b)}/`;
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
