/**
 * Per-parent topics (content/crosswalk/topics/<parent>.yaml): the vocabulary
 * by which local provisions on a parent's topics are recognised. Validated
 * with zod, every problem reported as file:line; a parent named twice, or not
 * in the corpus, is an error too.
 */
import { parseEachYaml, ValidationError, type PlacedError } from '../yaml-validate.ts';
import { topicsFile } from '../../schemas/crosswalk.ts';
import type { TopicSpec } from './functions.ts';

export interface TopicsSource {
  /** Path shown in messages (content/crosswalk/topics/ccp-accountability-2016.yaml). */
  file: string;
  text: string;
}

/** Parent slug → its topics. Throws ValidationError listing every problem. */
export function loadTopics(sources: readonly TopicsSource[], knownParent: (slug: string) => boolean = () => true): Map<string, TopicSpec[]> {
  const out = new Map<string, TopicSpec[]>();
  const where = new Map<string, string>();
  const errors: PlacedError[] = [];
  for (const { file, parsed } of parseEachYaml(sources, topicsFile, errors)) {
    const { parent, topics } = parsed.data;
    const at = { file: file, line: parsed.lineOf(['parent']), column: 1 };
    if (!knownParent(parent)) errors.push({ ...at, message: `parent: "${parent}" is not a document of the corpus` });
    else if (where.has(parent)) errors.push({ ...at, message: `parent: the topics of "${parent}" are already given in ${where.get(parent)}` });
    else {
      where.set(parent, file);
      const seen = new Set<string>();
      topics.forEach((t, i) => {
        if (seen.has(t.id)) errors.push({ file: file, line: parsed.lineOf(['topics', i, 'id']), column: 1, message: `topics: "${t.id}" is given twice` });
        seen.add(t.id);
      });
      out.set(parent, topics);
    }
  }
  if (errors.length) throw new ValidationError(errors);
  return out;
}
