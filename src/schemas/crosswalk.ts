import { z } from 'zod';
import { slug } from './meta.ts';

/** Anchor id inside a document page: art-6, art-6-para-2-item-1, sec-2, preamble. */
export const anchorId = z.string().regex(/^[a-z]+(?:-[a-z0-9]+)*$/, 'expected an anchor id such as art-6 or art-6-para-2');

/** A provision: `slug#anchor`, as editors write it (rizhao-polytechnic-2017#art-6). */
export const provisionRef = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z]+(?:-[a-z0-9]+)*$/, 'expected slug#anchor, e.g. rizhao-polytechnic-2017#art-6')
  .transform((s) => {
    const [doc, anchor] = s.split('#') as [string, string];
    return { doc, anchor };
  });

/** How a local provision relates to a parent provision. */
export const relation = z.enum(['restates', 'implements', 'related']);
export type Relation = z.infer<typeof relation>;

/** Chinese labels of the relations, as the site shows them. */
export const RELATION_LABEL: Readonly<Record<Relation, string>> = {
  restates: '重申',
  implements: '细化',
  related: '相关',
};

/** Where a published link comes from. */
export const linkSource = z.enum(['citation', 'suggested', 'curated']);
export type LinkSource = z.infer<typeof linkSource>;

export const LINK_SOURCE_LABEL: Readonly<Record<LinkSource, string>> = {
  citation: '明文引用',
  suggested: '自动建议',
  curated: '人工确认',
};

const endpoint = z.object({
  /** Document slug. */
  doc: slug,
  /** Anchor id of the provision in that document's page. */
  anchor: anchorId,
});

/** One published link: a local provision and the parent provision it corresponds to. */
export const crosswalkLink = z.object({
  from: endpoint,
  to: endpoint,
  relation,
  source: linkSource,
  /** 0..1: 1 for citations and links an editor added; the suggester's confidence otherwise. */
  score: z.number().min(0).max(1),
  /** Why: shared phrases, the function both provisions have, the citation text, the editor's note. */
  evidence: z.array(z.string()),
  /** Editor's note from the curation file, if any. */
  note: z.string().optional(),
  /**
   * Why this relation, by the rule of src/lib/crosswalk/relation.ts (README "Crosswalk"):
   * 重申 · 保留上位条款文字 94%… / 细化 · 增加：提醒、函询 · 删去：改组. Every published link has it.
   */
  why: z.string().optional(),
  /** Share of the parent provision's text the local provision keeps (0..1). */
  kept: z.number().min(0).max(1).optional(),
  /** Phrases of the local provision the parent provision does not have, as written. */
  added: z.array(z.string()).optional(),
  /** Phrases of the parent provision the local provision does not have, as written. */
  dropped: z.array(z.string()).optional(),
});
export type CrosswalkLink = z.infer<typeof crosswalkLink>;

/** A reference found in a text (根据《…》第七条), resolved against the corpus or listed as external. */
export const crosswalkReference = z.object({
  from: endpoint,
  /** Exact text of the reference. */
  raw: z.string(),
  /** Title in 《》; absent for self-references (本办法第五条). */
  title: z.string().optional(),
  /** The document (and provision) it resolves to in the corpus; null when external or unresolved. */
  to: z.object({ doc: slug, anchor: anchorId.optional() }).nullable(),
  /** The title names no document of the corpus. */
  external: z.boolean(),
});
export type CrosswalkReference = z.infer<typeof crosswalkReference>;

/** One editor's decision in content/crosswalk/*.yaml. */
export const curationDecision = z
  .strictObject({
    /** The local provision: slug#anchor. */
    from: provisionRef,
    /** The parent provision: slug#anchor. */
    to: provisionRef,
    /**
     * confirm: keep the link (suggested or not) as curated; reject: never publish it;
     * add: publish a link the suggester does not make.
     */
    action: z.enum(['confirm', 'reject', 'add']),
    /** Relation to publish (confirm/add); for confirm it defaults to the suggested one, for add to `implements`. */
    relation: relation.optional(),
    /** Shown with the link on the site and in the exports. */
    note: z.string().min(1).optional(),
    /**
     * Why the editor's `relation` stands although the rule (README "Crosswalk") computes another:
     * without it, a contradiction is a build warning with both reasons.
     */
    override: z.string().min(1).optional(),
  })
  .refine((d) => d.action !== 'reject' || d.relation === undefined, {
    error: 'a rejection takes no relation',
    path: ['relation'],
  })
  .refine((d) => d.override === undefined || d.relation !== undefined, {
    error: 'an override states why the relation given stands: give a relation with it',
    path: ['override'],
  });
export type CurationDecision = z.infer<typeof curationDecision>;

/** A curation file: a list of decisions. */
export const curationFile = z
  .strictObject({
    decisions: z.array(curationDecision).default([]),
  });
export type CurationFile = z.infer<typeof curationFile>;

/** A hand-checked crosswalk (tests/fixtures/crosswalk-gold.yaml): local anchor → parent anchors, per document. */
export const goldFile = z
  .strictObject({
    parent: slug,
    documents: z.record(slug, z.record(anchorId, z.array(anchorId))),
  });
export type GoldFile = z.infer<typeof goldFile>;

/**
 * A hand-checked crosswalk with the relation of each link (issue #15): local anchor →
 * {parent anchor: relation}; `{}` for no counterpart. A plain list of parent anchors is
 * accepted too (links without a relation label).
 */
export const labelledGoldFile = z
  .strictObject({
    parent: slug,
    documents: z.record(slug, z.record(anchorId, z.union([z.array(anchorId), z.record(anchorId, relation)]))),
  });
export type LabelledGoldFile = z.infer<typeof labelledGoldFile>;

/** A regular expression as an editor writes it in YAML. */
const regexSource = z
  .string()
  .min(1)
  .refine((src) => {
    try {
      new RegExp(src, 'u');
      return true;
    } catch {
      return false;
    }
  }, 'expected a valid regular expression (JavaScript syntax, u flag)');

/** One topic of a parent's articles, with the words local measures use for it. */
export const topicSpec = z
  .strictObject({
    /** A name for the topic: lowercase ASCII (sanctions, blood-collection). */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a lowercase ASCII id such as sanctions'),
    /** The topic in Chinese, shown as evidence (问责方式). */
    label: z.string().min(1),
    /** Matched against headings and 解读 topics (本条规定了“问责方式”): which parent articles have the topic. */
    heading: regexSource.optional(),
    /** Matched against provision texts. */
    cues: z
      .array(
        z.strictObject({
          re: regexSource,
          weight: z.number().positive().optional(),
          where: z.enum(['heading', 'start']).optional(),
        }),
      )
      .optional(),
  });
export type TopicSpecInput = z.infer<typeof topicSpec>;

/** content/crosswalk/topics/<parent>.yaml: what a parent's articles are about (issue #14). */
export const topicsFile = z
  .strictObject({
    parent: slug,
    topics: z.array(topicSpec),
  });
export type TopicsFile = z.infer<typeof topicsFile>;
