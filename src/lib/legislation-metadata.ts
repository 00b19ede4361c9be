/**
 * What a document page tells machines about itself: a one-line description
 * (meta description, OpenGraph) and schema.org `Legislation` JSON-LD. Facts the
 * text does not give stay out (never invented).
 */
import type { DocMeta } from '../schemas/meta.ts';

const LEGAL_FORCE: Partial<Record<DocMeta['status'], string>> = {
  'in-force': 'https://schema.org/InForce',
  superseded: 'https://schema.org/NotInForce',
};

/** 《title》，issuer，YYYY年M月D日印发 — the parts the metadata has. */
export function documentDescription(meta: Pick<DocMeta, 'title' | 'issuer' | 'issued' | 'docNumber'>): string {
  const date = meta.issued ? `${Number(meta.issued.slice(0, 4))}年${Number(meta.issued.slice(5, 7))}月${Number(meta.issued.slice(8, 10))}日印发` : '';
  return [`《${meta.title}》`, meta.issuer ?? '', meta.docNumber ?? '', date].filter(Boolean).join('，');
}

export interface LegislationLinks {
  /** Absolute URL (or base-relative path) of this document's page. */
  url: string;
  /** The parent documents it implements: name and page URL. */
  parents: { name: string; url: string }[];
}

/** schema.org Legislation for one document (https://schema.org/Legislation). */
export function legislationJsonLd(meta: DocMeta, links: LegislationLinks): Record<string, unknown> {
  const out: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: meta.title,
    alternateName: meta.shortTitle !== meta.title ? meta.shortTitle : undefined,
    url: links.url,
    inLanguage: 'zh-CN',
    legislationType: meta.class,
    legislationIdentifier: meta.docNumber ?? undefined,
    legislationDate: meta.issued ?? undefined,
    legislationLegalForce: LEGAL_FORCE[meta.status],
    legislationPassedBy: meta.issuer ? { '@type': 'Organization', name: meta.issuer } : undefined,
    isBasedOn: links.parents.length ? links.parents.map((p) => ({ '@type': 'Legislation', name: p.name, url: p.url })) : undefined,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
