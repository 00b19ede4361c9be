/** What a document page tells machines: the description line and schema.org Legislation JSON-LD. */
import { describe, expect, it } from 'vitest';
import { documentDescription, jsonForScript, legislationJsonLd } from '../../src/lib/legislation-metadata.ts';
import type { DocMeta } from '../../src/schemas/meta.ts';

const meta = (extra: Partial<DocMeta> = {}) =>
  ({ slug: 'x', title: '某某办法（试行）', shortTitle: '某某办法', class: '党内法规', status: 'in-force', issuer: '中共某某委员会', docNumber: '某发〔2020〕1号', issued: '2020-03-05', ...extra }) as DocMeta;

describe('documentDescription', () => {
  it('joins title, issuer, number and the issue date written the Chinese way', () => {
    expect(documentDescription(meta())).toBe('《某某办法（试行）》，中共某某委员会，某发〔2020〕1号，2020年3月5日印发');
  });
  it('leaves out what the metadata does not give', () => {
    expect(documentDescription(meta({ issuer: null, docNumber: null, issued: null }))).toBe('《某某办法（试行）》');
    expect(documentDescription(meta({ issuer: null, issued: '2019-11-20' }))).toBe('《某某办法（试行）》，某发〔2020〕1号，2019年11月20日印发');
  });
});

describe('legislationJsonLd', () => {
  it('describes a document in force with everything it has', () => {
    expect(legislationJsonLd(meta(), { url: 'https://example.org/regulations/x/', parents: [{ name: '中国共产党问责条例', url: 'https://example.org/regulations/p/' }] })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      name: '某某办法（试行）',
      alternateName: '某某办法',
      url: 'https://example.org/regulations/x/',
      inLanguage: 'zh-CN',
      legislationType: '党内法规',
      legislationIdentifier: '某发〔2020〕1号',
      legislationDate: '2020-03-05',
      legislationLegalForce: 'https://schema.org/InForce',
      legislationPassedBy: { '@type': 'Organization', name: '中共某某委员会' },
      isBasedOn: [{ '@type': 'Legislation', name: '中国共产党问责条例', url: 'https://example.org/regulations/p/' }],
    });
  });

  it('states NotInForce for a superseded one and invents nothing that is missing', () => {
    const ld = legislationJsonLd(meta({ status: 'superseded', shortTitle: '某某办法（试行）', issuer: null, docNumber: null, issued: null }), { url: '/regulations/x/', parents: [] });
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      name: '某某办法（试行）',
      url: '/regulations/x/',
      inLanguage: 'zh-CN',
      legislationType: '党内法规',
      legislationLegalForce: 'https://schema.org/NotInForce',
    });
    expect(legislationJsonLd(meta({ status: 'unknown' }), { url: '/', parents: [] })).not.toHaveProperty('legislationLegalForce');
  });
});

describe('jsonForScript', () => {
  it('escapes < so a text cannot close the script element, and stays valid JSON', () => {
    const s = jsonForScript({ name: '</script><b>' });
    expect(s).not.toContain('<');
    expect(JSON.parse(s)).toEqual({ name: '</script><b>' });
  });
});
