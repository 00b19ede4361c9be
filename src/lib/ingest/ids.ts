/**
 * Stage 3 (assign ids): anchors derived from the numbering path, after
 * LEVELS. Articles carry their own number (art-6, 第六条之一 → art-6-1),
 * nested levels extend their parent's id (art-6-para-2-item-1). Unnumbered
 * paragraphs (款) are counted. Every id is checked unique.
 */
import { LEVELS } from '../levels.ts';
import type { Diagnostic } from '../document.ts';
import type { ProvisionNode } from '../tree.ts';

export function assignIds(root: ProvisionNode, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, ProvisionNode>();

  const visit = (n: ProvisionNode, parentId: string | undefined) => {
    const counters = new Map<string, number>();
    for (const child of n.children) {
      const spec = LEVELS[child.kind];
      let id: string | undefined;
      if (spec.prefix) {
        const count = (counters.get(child.kind) ?? 0) + 1;
        counters.set(child.kind, count);
        // Numbered levels use their number; 款 and other unnumbered ones are counted,
        // and the count is kept as their ordinal (citations need it: 第二款).
        if (child.ordinal === undefined && !(child.kind === 'notice' || child.kind === 'preamble')) child.ordinal = count;
        const n = child.ordinal ?? count;
        let own = `${spec.prefix}-${n}`;
        if (child.kind === 'article' && child.suffix) own += `-${child.suffix}`;
        if (child.kind === 'notice' || child.kind === 'preamble') own = spec.prefix;
        id = spec.nested && parentId ? `${parentId}-${own}` : own;
        const dup = seen.get(id);
        if (dup) {
          const shown = (n: ProvisionNode) => `“${[n.num, n.heading, n.text].filter(Boolean).join(' ').slice(0, 16)}”`;
          diagnostics.push({
            file,
            line: child.line,
            severity: 'error',
            ruleId: 'duplicate-id',
            message: `two provisions would share the anchor #${id}: line ${dup.line} ${shown(dup)} and line ${child.line} ${shown(child)}; expected each number once where it stands. If line ${child.line} continues the text before it, declare \`- { line: ${child.line}, join: true, reason: '…' }\` under this document's corrections in content/sources/manifest.yaml; if a second document starts there, give it its own \`lines\` range`,
          });
        } else seen.set(id, child);
        child.id = id;
      }
      visit(child, id ?? parentId);
    }
  };
  visit(root, undefined);
  return diagnostics;
}
