/** The documents published under /regulations/ (commentary has its own section). */
import { getCorpus } from '../../data/corpus.ts';

export function regulationPaths() {
  return getCorpus()
    .documents.filter((d) => d.meta.class !== '评论')
    .map((d) => ({ params: { slug: d.meta.slug } }));
}
