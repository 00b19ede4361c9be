/** The compare picker's groups (src/lib/compare/data.ts), memoised per corpus; and each document's group. (Not a route.) */
import { getCorpus } from '../../data/corpus.ts';
import { pickerGroups, type PickerGroup } from '../../lib/compare/data.ts';
import { PICKER_GROUP_SIZE } from '../../lib/listing/sizes.ts';

let cached: { docs: unknown; groups: PickerGroup[]; groupOf: Map<string, string> } | undefined;

function compute() {
  const docs = getCorpus().documents;
  if (cached?.docs !== docs) {
    const groups = pickerGroups(docs, PICKER_GROUP_SIZE);
    cached = { docs, groups, groupOf: new Map(groups.flatMap((g) => g.documents.map((d) => [d.slug, g.key] as const))) };
  }
  return cached;
}

export function compareGroups(): PickerGroup[] {
  return compute().groups;
}

/** The key of the group listing a comparable document. */
export function groupOf(slug: string): string {
  const key = compute().groupOf.get(slug);
  if (!key) throw new Error(`compare: ${slug} is in no picker group`);
  return key;
}
