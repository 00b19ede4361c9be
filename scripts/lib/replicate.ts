/**
 * A larger corpus from a real one, for measuring what grows with the corpus:
 * every imported document copied `times` − 1 more times under new slugs
 * (`<slug>-r2`, `<slug>-r3`, …), the generated MDX rewritten in its
 * frontmatter only (slug), so the copies are read exactly like the originals.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Copy each MDX file of `regulationsDir` whose name matches `only` into `times − 1` replicas; returns the number of documents afterwards. */
export function replicateCorpus(regulationsDir: string, times: number, only: RegExp): number {
  const names = readdirSync(regulationsDir).filter((n) => n.endsWith('.mdx'));
  let made = 0;
  for (const name of names.filter((n) => only.test(n))) {
    const text = readFileSync(join(regulationsDir, name), 'utf8');
    const slug = name.slice(0, -'.mdx'.length);
    if (!text.startsWith(`---\nslug: ${slug}\n`)) throw new Error(`${join(regulationsDir, name)}:2: expected "slug: ${slug}" as the first frontmatter line`);
    for (let k = 2; k <= times; k++) {
      writeFileSync(join(regulationsDir, `${slug}-r${k}.mdx`), text.replace(`---\nslug: ${slug}\n`, `---\nslug: ${slug}-r${k}\n`));
      made++;
    }
  }
  return names.length + made;
}
