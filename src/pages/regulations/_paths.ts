/** The documents published under /regulations/ (commentary has its own section). */
import { getCorpus } from '../../data/corpus.ts';
import { pagesToRender } from '../../data/page-cache.ts';

const published = () => getCorpus().documents.filter((d) => d.meta.class !== '评论');

/** Every published document (the exports: .txt, .json, .akn.xml). */
export function regulationPaths() {
  return published().map((d) => ({ params: { slug: d.meta.slug } }));
}

/** The document pages Astro renders: those the build cache does not hold (src/data/page-cache.ts). */
export function regulationPagePaths() {
  return pagesToRender(published(), getCorpus()).map((d) => ({ params: { slug: d.meta.slug } }));
}

/** Every version of every document with several: /regulations/<slug>/<date>/. */
export function versionPaths() {
  const corpus = getCorpus();
  return corpus.documents
    .filter((d) => d.meta.class !== '评论')
    .flatMap((d) => {
      const all = corpus.versions(d.meta.slug);
      return all.length > 1 ? all.map((v) => ({ params: { slug: d.meta.slug, version: v.meta.version! } })) : [];
    });
}

/** What each version after the first changed: /regulations/<slug>/changes/<date>/. */
export function changesPaths() {
  const corpus = getCorpus();
  return corpus.documents.flatMap((d) => (corpus.history(d.meta.slug)?.steps ?? []).map((s) => ({ params: { slug: d.meta.slug, version: s.to } })));
}
