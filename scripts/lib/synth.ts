/**
 * Synthetic corpora for the benchmark: new local measures assembled from the
 * articles of the seed measures (as published in content/regulations/), with
 * numbering, order and wording varied, each declaring the 2016 问责条例 as
 * its parent. Written as raw .txt sources plus manifest entries into a
 * temporary content/ folder (a copy of the real one), so the real converter
 * runs on them exactly as on a received file. Deterministic: a seeded RNG.
 */
import { rng } from '../../src/lib/random.ts';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readMdx } from '../../src/lib/mdx/read.ts';
import { toChineseNumber } from '../../src/lib/numerals.ts';
import type { ProvisionNode } from '../../src/lib/tree.ts';
import { walk } from '../../src/lib/tree.ts';
import { PATHS } from './paths.ts';

/** Re-exported for callers that draw from the same generator. */
export { rng };

export const PARENT = 'ccp-accountability-2016';


const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** Wording variants drafters use for the same thing (applied at random). */
const WORDING: [RegExp, readonly string[]][] = [
  [/应当/gu, ['应当', '应', '须']],
  [/予以问责/gu, ['予以问责', '进行问责', '实施问责']],
  [/党组织/gu, ['党组织', '各级党组织']],
  [/学校/gu, ['学校', '单位', '本单位']],
  [/领导干部/gu, ['领导干部', '党员领导干部']],
  [/严重的/gu, ['严重的', '情节严重的']],
];

const PLACES = ['东城', '西岭', '南湖', '北川', '青山', '白水', '临江', '云台', '石桥', '金沙', '清河', '长宁'];
const BODIES = ['职业技术学院', '市教育局', '区委组织部', '人民医院', '市交通运输局', '街道党工委', '师范学院', '市卫生健康委员会'];
const TOPICS = ['党建工作问责办法', '落实全面从严治党主体责任问责实施细则', '党风廉政建设责任制问责办法', '领导干部问责暂行办法'];

/** An article of a seed measure, kept as its tree (no tables). */
export interface SeedArticle {
  from: string;
  node: ProvisionNode;
}

/** The articles of every published local measure that has the 2016 条例 as parent (plus the 条例 itself). */
export function seedArticles(regulationsDir = PATHS.regulations): SeedArticle[] {
  const out: SeedArticle[] = [];
  for (const name of readdirSync(regulationsDir).filter((n) => n.endsWith('.mdx')).sort()) {
    const doc = readMdx(readFileSync(join(regulationsDir, name), 'utf8'), name);
    if (doc.meta.slug !== PARENT && !doc.meta.parents.some((p) => p.slug === PARENT)) continue;
    for (const [n] of walk(doc.root)) {
      if (n.kind !== 'article') continue;
      const nodes = [...walk(n)].map(([m]) => m);
      if (nodes.some((m) => m.rows || m.kind === 'interpretation' || m.kind === 'table')) continue;
      out.push({ from: doc.meta.slug, node: n });
    }
  }
  if (out.length === 0) throw new Error(`${regulationsDir}: no seed articles found (run npm run ingest first)`);
  return out;
}

/** The text of an article as it would be printed: 第N条　…, then its paragraphs, items and sub-items, one per line. */
export function articleLines(article: ProvisionNode, number: number, vary: (s: string) => string): string[] {
  const lines: string[] = [];
  const head = `第${toChineseNumber(number)}条　`;
  const body = (n: ProvisionNode) => vary([n.heading, n.text].filter(Boolean).join('　'));
  let first = true;
  const visit = (n: ProvisionNode) => {
    for (const c of n.children) {
      if (c.kind === 'para') {
        const t = body(c);
        if (first) lines.push(head + (article.heading ? `${article.heading}　` : '') + t);
        else if (t) lines.push(`　　${t}`);
        first = false;
      } else if (c.kind === 'item' || c.kind === 'sub') {
        if (first) lines.push(head + (article.heading ?? '').trim());
        first = false;
        lines.push(`${c.num ?? ''}${body(c)}`);
      } else continue;
      visit(c);
    }
  };
  visit(article);
  if (first) lines.push(head + vary(article.heading || article.text || '（略）'));
  return lines;
}

export interface SynthMeasure {
  slug: string;
  file: string;
  title: string;
  text: string;
  /** Number of lines (for the manifest range). */
  lineCount: number;
  articles: { number: number; from: string; sourceId: string }[];
}

/** Make `count` measures from the seed articles; the same seed gives the same measures. */
export function synthesize(count: number, seed = 2016, articles = seedArticles()): SynthMeasure[] {
  const r = rng(seed);
  const out: SynthMeasure[] = [];
  const vary = (s: string) => {
    let t = s;
    for (const [re, options] of WORDING) if (r() < 0.5) t = t.replace(re, () => pick(r, options));
    return t;
  };
  for (let i = 1; i <= count; i++) {
    const title = `${pick(r, PLACES)}${pick(r, BODIES)}${pick(r, TOPICS)}`;
    const n = 6 + Math.floor(r() * 15); // 6..20 articles
    const chosen: SeedArticle[] = [];
    for (let k = 0; k < n; k++) chosen.push(pick(r, articles));
    // order varied: mostly the drawn order, sometimes a neighbour swap
    for (let k = 1; k < chosen.length; k++) if (r() < 0.2) [chosen[k - 1], chosen[k]] = [chosen[k], chosen[k - 1]];
    const year = 2010 + Math.floor(r() * 15);
    const lines = [title, ''];
    const meta: SynthMeasure['articles'] = [];
    chosen.forEach((a, k) => {
      lines.push(...articleLines(a.node, k + 1, vary));
      meta.push({ number: k + 1, from: a.from, sourceId: a.node.id ?? '' });
    });
    lines.push('', `${year}年${1 + Math.floor(r() * 12)}月${1 + Math.floor(r() * 28)}日`);
    const slug = `synth-${String(i).padStart(4, '0')}`;
    out.push({ slug, file: `${slug}.txt`, title, text: lines.join('\n') + '\n', lineCount: lines.length, articles: meta });
  }
  return out;
}

/**
 * A content/ folder for a synthetic corpus: a copy of the real content (so the
 * parent and the seeds are there) plus the synthetic measures, with their
 * manifest entries appended. Returns the folder (use as $TIAOWEN_CONTENT).
 */
export function writeSyntheticContent(target: string, measures: SynthMeasure[], from = PATHS.content): string {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(from, target, { recursive: true });
  const entries = measures.map((m) => {
    writeFileSync(join(target, 'sources', m.file), m.text);
    return {
      file: m.file,
      documents: [{ slug: m.slug, lines: [1, m.lineCount], meta: { class: '党内规范性文件', parents: [{ slug: PARENT, version: '2016' }] } }],
    };
  });
  const manifestPath = join(target, 'sources', 'manifest.yaml');
  const manifest = readFileSync(manifestPath, 'utf8').replace(/\s*$/, '\n');
  const extra = stringify(entries, { lineWidth: 0 })
    .split('\n')
    .map((l) => (l ? `  ${l}` : l))
    .join('\n');
  writeFileSync(manifestPath, `${manifest}\n  # synthetic measures (scripts/lib/synth.ts)\n${extra}`);
  return target;
}
