// @ts-check
/**
 * Mutation testing of src/lib/ (`npm run mutate`; not part of `npm test`).
 *
 * One folder at a time: `npm run mutate -- --mutate 'src/lib/ingest/**'`.
 * Each run uses only the unit tests of the folders it mutates (FOLDER_TESTS;
 * vitest.mutate.config.ts reads them from TIAOWEN_MUTATE_TESTS): most mutants
 * here are "static" (the tests parse their inputs while vitest collects them,
 * outside any single test), and Stryker runs every selected test file for
 * each static mutant, so the selection decides whether a folder takes minutes
 * or hours. A mutant killed only by another folder's tests counts as
 * surviving: the scores are lower bounds.
 *
 * Incremental (static mutants are not re-run when tests are added: use --force then): results are kept in reports/stryker-incremental-<run>.json (not in
 * git: it is machine-specific and stale after every rebase); only mutants
 * whose code or covering tests changed run again. `-- --force` runs all.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */

/** Unit tests that exercise each part of src/lib/. */
const FOLDER_TESTS = {
  'src/lib/ingest/': ['tests/lib/ingest/parse*.test.ts', 'tests/lib/ingest/levels.test.ts', 'tests/lib/ingest/seeds.test.ts', 'tests/lib/ingest/manifest.test.ts', 'tests/lib/promises/parse-*.test.ts', 'tests/lib/numerals.test.ts'],
  // The converter and the id assignment: the unit tests that parse small inputs inside each test. Not
  // seeds.test.ts: it ingests every seed while vitest collects it, which makes every mutant of the
  // converter static (each then reruns all files: hours on this machine); the scores are lower bounds.
  'src/lib/ingest/parse.ts': ['tests/lib/ingest/parse*.test.ts', 'tests/lib/ingest/levels.test.ts', 'tests/lib/promises/parse-*.test.ts'],
  'src/lib/ingest/ids.ts': ['tests/lib/ingest/parse*.test.ts', 'tests/lib/ingest/levels.test.ts', 'tests/lib/promises/parse-*.test.ts'],
  'src/lib/levels.ts': ['tests/lib/ingest/parse*.test.ts', 'tests/lib/ingest/levels.test.ts', 'tests/lib/promises/parse-*.test.ts'],
  'src/lib/numerals.ts': ['tests/lib/numerals.test.ts', 'tests/lib/ingest/parse.test.ts', 'tests/lib/promises/parse-*.test.ts'],
  'src/lib/search/': ['tests/lib/search/**'],
  // The search verification: the tests that call it directly (not variants/pair-table: seconds each).
  'src/lib/search/text.ts': ['tests/lib/search/text.test.ts', 'tests/lib/search/query.test.ts', 'tests/lib/search/search-edges.test.ts'],
  'src/lib/search/query.ts': ['tests/lib/search/text.test.ts', 'tests/lib/search/query.test.ts', 'tests/lib/search/search-edges.test.ts'],
  'src/lib/crosswalk/': ['tests/lib/crosswalk-*.test.ts', 'tests/lib/promises/suggest-*.test.ts', 'tests/lib/citation*.test.ts'],
  // quantities.ts with its tests (crosswalk-quantities-edges: figures and dates, branch mutrel) and the relation rule's.
  'src/lib/crosswalk/quantities.ts': ['tests/lib/crosswalk-quantities*.test.ts', 'tests/lib/crosswalk-relation*.test.ts'],
  // The relation rule alone, with the tests that call it directly (the quality sets make every
  // mutant of the rule static and cost minutes each on this machine): a lower bound.
  'src/lib/crosswalk/relation.ts': ['tests/lib/crosswalk-relation*.test.ts', 'tests/lib/crosswalk-relate.test.ts'],
  // The scorer alone, with its focused tests (small inputs built inside each test, so that mutants are
  // covered per test instead of being static over the minutes-long quality sets): a lower bound.
  'src/lib/crosswalk/suggest.ts': ['tests/lib/crosswalk-suggest*.test.ts', 'tests/lib/crosswalk-relate.test.ts', 'tests/lib/crosswalk-cited.test.ts'],
  'src/lib/compare/': ['tests/lib/compare*.test.ts', 'tests/lib/promises/compare-*.test.ts'],
  'src/lib/mdx/': ['tests/lib/mdx/**', 'tests/lib/ingest/lossless.test.ts'],
  'src/lib/site-address.ts': ['tests/lib/site-address.test.ts'],
  'src/lib/html.ts': ['tests/lib/html.test.ts'],
  'src/lib/citation': ['tests/lib/citation*.test.ts', 'tests/lib/crosswalk-citations.test.ts', 'tests/lib/search/citation.test.ts'],
  // The rest of src/lib/ (issue #14: the overall score). Each with the tests that call it and build
  // their inputs inside each test where there are such; tests that read the whole corpus or ingest every
  // seed while collected (seeds, lossless, crosswalk-quality, crosswalk-blind, corpus-robustness) are
  // left out, as they make every mutant of the code they run static. Lower bounds, as above.
  'src/lib/listing/': ['tests/lib/listing/**', 'tests/lib/crosswalk-implementations-pages.test.ts'],
  'src/lib/study/': ['tests/lib/study/**'],
  'src/lib/versions/': ['tests/lib/versions/**'],
  'src/lib/draft/': ['tests/lib/draft/**'],
  // export/ in two runs. First the modules that build text and data (no Word package), with the tests that
  // call them directly: small inputs built in each test, so that the *static* mutants (module-level tables)
  // rerun only light files.
  'src/lib/export/@(akoma-ntoso|chinese-date|comparison-docx|document-json|document-text|docx-blocks|implementations-docx).ts': [
    'tests/lib/export/@(text-and-akn|akoma-ntoso-whole|text-json-edges|document-json|docx-blocks|comparison-spec|implementations-spec).test.ts',
    'tests/lib/study/provision-small.test.ts',
  ],
  // Then the Word writers, with the tests that pack small documents and read their XML. Most of these
  // mutants are static (the styles and constants built at import), so every file runs for each: not
  // docx-table.test.ts, study-sheet-docx.test.ts (read back with mammoth; one waits 2 s for the clock) nor
  // versions/history.test.ts (the 修订对照表 through docx-table), which check the same code more slowly.
  'src/lib/export/@(docx-common|docx-table|document-docx|study-sheet-docx).ts': ['tests/lib/export/@(docx-format|docx-table-format|study-sheet-format).test.ts'],
  // The build's Word files zipped once (branch mutate6a), with their own test (1–2 s: it packs every seed's
  // Word file both ways and compares the bytes; the module has no code that runs at import).
  'src/lib/export/docx-pack.ts': ['tests/lib/export/docx-pack.test.ts'],
  // export/ without document-docx.test.ts (it packs every seed into a Word file and reads it back, seconds for
  // each docx mutant; docx-blocks, docx-format check the same code on a small document) and without
  // crosswalk-implementations.test.ts (it builds the whole crosswalk; implementations-spec checks the spec).
  'src/lib/export/': [
    'tests/lib/export/!(document-docx).test.ts',
    'tests/lib/versions/history.test.ts',
    'tests/lib/study/sheet.test.ts',
    'tests/lib/study/provision-small.test.ts',
  ],
  // compare/ without compare-data.test.ts and compare-crosswalk.test.ts: they build the whole crosswalk of
  // the seeds while collected (seconds a run; data.ts and html.ts are run there by a 10 s test over every
  // pair of seeds). compare-markup.test.ts checks data.ts and html.ts on small documents built in each test.
  // Not compare-picker.test.ts (it tests src/scripts/, no code of compare/), nor export/docx-table.test.ts (it packs Word files, seconds a run, for every static mutant: the tables of
  // labels and thresholds; compare-promises checks the same alignProvisions calls).
  'src/lib/compare/*.ts': ['tests/lib/compare.test.ts', 'tests/lib/compare-diff-edges.test.ts', 'tests/lib/compare-links.test.ts', 'tests/lib/compare-markup.test.ts', 'tests/lib/promises/compare-*.test.ts'],
  // mdx/ alone with its own test (the folder entry adds lossless.test.ts, which reads the corpus while collected).
  'src/lib/mdx/*.ts': ['tests/lib/mdx/**'],
  // citation*.ts with their own tests only (the folder entry above adds crosswalk-citations, 9 s a run here).
  'src/lib/citation*.ts': ['tests/lib/citation*.test.ts'],
  'src/lib/tree.ts': ['tests/lib/tree.test.ts', 'tests/lib/ingest/parse.test.ts', 'tests/lib/promises/parse-structure.test.ts', 'tests/lib/citation*.test.ts', 'tests/lib/search/records-units.test.ts'],
  // chinese-variants-forms (branch mutfmt): forms only one regional dictionary, or only a word, changes.
  'src/lib/@(feed|chinese-variants|legislation-metadata|document|yaml-validate|random).ts': ['tests/lib/root-helpers.test.ts', 'tests/lib/chinese-variants-forms.test.ts', 'tests/lib/yaml-validate-errors.test.ts', 'tests/lib/legislation-metadata.test.ts', 'tests/lib/versions/history.test.ts', 'tests/lib/ingest/manifest.test.ts'],
  // The rest of crosswalk/ in two runs: the small modules first, then the ones the whole build runs through.
  'src/lib/crosswalk/@(citations|coverage|evaluate|gold|implementations|implementations-pages|text|topics).ts': [
    'tests/lib/crosswalk-@(citations|evaluate|gold|implementations|implementations-pages|text|topics).test.ts',
  ],
  // Lighter (branch mutate5, at load ~18 on two cores): the small modules whose tests build no crosswalk of
  // the seeds but one (crosswalk-topics, < 1 s); citations, text and implementations wait for a run of their
  // own (their tests take 4–10 s a run here: crosswalk-implementations builds the whole crosswalk).
  // Branch mutate6a added the light tests written against this run's survivors and uncovered code:
  // measure-text (measureFromText), predating (predatingMeasures), topics-files (several topics files),
  // evaluate's edges (links to another document, sorted lists, in crosswalk-evaluate.test.ts).
  'src/lib/crosswalk/@(coverage|evaluate|gold|implementations-pages|topics).ts': [
    'tests/lib/crosswalk-@(coverage|evaluate|gold|implementations-pages|topics|measure-text|predating|topics-files).test.ts',
  ],
  // citations, text and implementations in a run of their own (branch mutate6a): the tests that call them,
  // each building its crosswalk inside each test (crosswalk-citations: the parent and one measure;
  // crosswalk-implementations: the whole seeds, 1 s a test here), and, written after the first run against
  // its survivors, crosswalk-implementations-small (the pages' data from hand-written links) and
  // crosswalk-text-small (grams and shared phrases of short texts, by hand) and crosswalk-citations-small.
  'src/lib/crosswalk/@(citations|text|implementations).ts': ['tests/lib/crosswalk-@(citations|citations-small|text|implementations|implementations-small|text-small).test.ts'],
  // The retest of the selection above was split (branch mutate6a, 08:01, load ~9 with the full test suite running):
  // each of text.ts's surviving mutants re-ran the seeds' implementations pages. text.ts alone with its light
  // tests (the grams and shared phrases by hand); citations and implementations with theirs and the seeds' ones.
  'src/lib/crosswalk/text.ts': ['tests/lib/crosswalk-@(text|text-small).test.ts'],
  'src/lib/crosswalk/@(citations|implementations).ts': ['tests/lib/crosswalk-@(citations|citations-small|implementations|implementations-small).test.ts'],
  // The build-side modules (branch mutate6a) in two runs. curation, export and view with the tests on
  // hand-written inputs (crosswalk-curation-small, -export-small, -view-small) and crosswalk-view (the
  // published crosswalk, read, not built); not crosswalk-curation and crosswalk-export, which build the
  // seeds' crosswalk in each of their 26 tests (17 s a run here).
  'src/lib/crosswalk/@(curation|export|view).ts': ['tests/lib/crosswalk-@(curation-small|export-small|view-small|view).test.ts'],
  // Then build and units, which every crosswalk test runs through: the tests that build small crosswalks or
  // score single provisions (well under 2 s a file here; crosswalk-build-small and crosswalk-units-small
  // on hand-built documents); not crosswalk-implementations (the whole seeds' crosswalk, 5 s a run).
  'src/lib/crosswalk/@(build|units).ts': ['tests/lib/crosswalk-@(build-small|units-small|citations|text|topics|suggest|suggest-edges|relate|evaluate|measure-text).test.ts'],
  // functions.ts alone: most of its mutants are static (the generic table of cues, built at import), so every
  // file of the selection runs for each; crosswalk-functions-small (every stock phrase at its weight, by
  // hand) and the light files that score provisions with the table (about 4 s in all here).
  'src/lib/crosswalk/functions.ts': ['tests/lib/crosswalk-@(functions-small|text|suggest-edges|relate).test.ts'],
  'src/lib/crosswalk/@(build|curation|export|functions|units|view).ts': [
    // Not curation, export, variants, view, promises/suggest-*: they read the corpus or build the whole
    // crosswalk while collected (7–14 s a run each here), which would rerun them for every static mutant.
    'tests/lib/crosswalk-@(citations|evaluate|implementations|implementations-pages|text|topics|suggest).test.ts',
  ],
  // Not pagefind-format.test.ts (runs the pagefind binary: seconds per run) nor variants.test.ts (compares
  // the generated variant-map.ts with its generator's output: the sandbox's instrumented files differ).
  // citation.test.ts, search-edges.test.ts, postings.test.ts and intersect.test.ts build their search data inside each
  // test, so that records.ts and postings.ts are covered per test rather than static.
  // search/ in lighter runs (branch mutate5: the selection below took ~15 s a mutant at load 20, since every
  // run loads pair-table.test.ts and postings.test.ts, 9 and 11 s of tests): first the citation, excerpt,
  // record and title-index code with the tests that build small inputs (≈ 4 s of tests in all).
  'src/lib/search/@(citation|excerpt|records|title-index).ts': [
    'tests/lib/search/@(citation|excerpt|records|records-units|records-anchors|search-edges|title-index|title-index-small|text|query).test.ts',
  ],
  'src/lib/search/@(citation|excerpt|pagefind-format|pair-table|postings|postings-stream|records|shard-plan|title-index).ts': [
    'tests/lib/search/@(citation|excerpt|pagefind-format-cbor|pair-table|postings|postings-stream|records|records-units|search-edges|title-index|text|query).test.ts',
  ],
  'src/lib/ingest/@(classify|corpus-check|import-names|line-joins|line-kinds|manifest-append|metadata-eval|metadata|pipeline|source-lines|table|title).ts': ['tests/lib/ingest/parse*.test.ts', 'tests/lib/ingest/levels.test.ts', 'tests/lib/promises/parse-*.test.ts', 'tests/lib/ingest/robustness.test.ts', 'tests/lib/ingest/import-names.test.ts', 'tests/lib/ingest/manifest*.test.ts', 'tests/lib/ingest/metadata-gold.test.ts'],
  'src/lib/ingest/formats/': ['tests/lib/ingest/formats/*.test.ts'],
  // ingest/ apart from parse.ts and ids.ts in three light runs (branch mutate6b). Most of these mutants are
  // regular expressions and tables built at import, so static: every selected file runs for each, and only
  // files that build their inputs inside each test (well under a second together) are selected. First the
  // converter's line helpers: their own tests (classify, source-lines, table, line-kinds, title, line-joins, written on
  // this branch against the first run's survivors), the converter's unit tests and robustness.test.ts
  // (buildWholeFile on small real shapes).
  'src/lib/ingest/@(classify|line-joins|line-kinds|source-lines|table|title).ts': [
    'tests/lib/ingest/@(classify|source-lines|table|line-kinds|title|line-joins).test.ts',
    'tests/lib/ingest/parse*.test.ts',
    'tests/lib/ingest/levels.test.ts',
    'tests/lib/promises/parse-*.test.ts',
    'tests/lib/ingest/robustness.test.ts',
  ],
  // Then the document pipeline, metadata and the manifest helpers, with the tests that call them: their own
  // (pipeline, corpus-check, metadata-small, metadata-eval, manifest-append*, import-names*; most written on
  // this branch against the first run's survivors), robustness (buildWholeFile on real shapes), metadata-gold
  // (the hand-labelled set: the fixtures and seeds, under a second; its corpus items skip without
  // ../shared/corpora/) and manifest (checkCoverage). Not corpus-robustness (it reads the corpus).
  'src/lib/ingest/@(corpus-check|import-names|manifest-append|metadata-eval|metadata|pipeline).ts': [
    'tests/lib/ingest/@(pipeline|corpus-check|metadata-small|metadata-eval).test.ts',
    'tests/lib/ingest/robustness.test.ts',
    'tests/lib/ingest/metadata-gold.test.ts',
    'tests/lib/ingest/manifest*.test.ts',
    'tests/lib/ingest/import-names*.test.ts',
  ],
  // The extractors in two runs. All of formats/ with formats.test.ts went at ~14 mutants a minute once it reached
  // html.ts's tables of chrome patterns (static: each reran formats.test.ts, two Chromium launches and Word
  // packages, ~5 s), so: the web page and text decoders with their light tests (hand-made pages and bytes), …
  'src/lib/ingest/formats/@(html|text).ts': ['tests/lib/ingest/formats/@(html-chrome|text-decode).test.ts'],
  // … then the Word, PDF and dispatch modules with formats.test.ts (fixtures made inside each test: docx by
  // the docx package, doc by cfb, PDFs printed by Chromium, hostile zips and PDFs byte by byte) and the
  // light tests of their edges; branch mutfmt added pdf-lines (hand-written PDFs with Chinese text: wrapped
  // lines, page numbers, refusals) and docx-package (hand-built packages: text, signatures, damaged parts).
  'src/lib/ingest/formats/@(doc|docx|index|pdf|types).ts': ['tests/lib/ingest/formats/@(formats|formats-edges|pdf-lines|docx-package).test.ts'],
  'src/lib/share/': ['tests/lib/share/**'],
  // The search data of the built site: the postings, their stream and the browser's intersection and filters.
  // The Pagefind chunk reader alone (branch mutate5): the light tests on hand-encoded bytes. Without
  // chunk-segmentation.test.ts, 265 of its mutants (chunkSegmentation, mergeSegmentation, the CBOR cursor)
  // had no coverage in the selection above; pagefind-format.test.ts runs the pagefind binary (seconds a run).
  'src/lib/search/pagefind-format.ts': ['tests/lib/search/@(pagefind-format-cbor|chunk-segmentation).test.ts'],
  // The pair table, the shard plan and the postings stream (branch mutate5) with tests on small inputs:
  // pair-table-small and shard-plan-small (hand-worked keys and hashes), pair-table (the light part) and
  // postings-stream (3 s); not pair-table-seeds.test.ts (every seed, 12 s a run here).
  'src/lib/search/@(pair-table|postings-stream|shard-plan).ts': ['tests/lib/search/@(pair-table|pair-table-small|shard-plan-small|postings-stream).test.ts'],
  // The browser's intersection and filters alone (branch mutate5), with their own tests (well under a second;
  // the entry below adds postings.test.ts and search-data-stream.test.ts, 11 and 12 s a run here).
  'src/lib/search/@(filter-ranges|intersect).ts': ['tests/lib/search/@(filter-ranges|intersect).test.ts'],
  // The postings and the streamed search data (branch mutate6a), with the tests on small hand-built inputs:
  // postings-small and search-data-stream-small (every file of a four-record corpus worked out by hand) and
  // the light parts of postings and search-data-stream. Not their -seeds files (the seeds' postings and
  // search data, 11 and 12 s a run on the loaded machine, for every mutant).
  'src/lib/search/@(postings|search-data-stream).ts': ['tests/lib/search/@(postings|postings-small|search-data-stream|search-data-stream-small).test.ts'],
  'src/lib/search/@(filter-ranges|intersect|search-data-stream).ts': ['tests/lib/search/@(filter-ranges|intersect|postings|search-data-stream).test.ts'],
};

function mutateArg() {
  const argv = process.argv;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--mutate' || argv[i] === '-m') return argv[i + 1] ?? '';
    if (argv[i].startsWith('--mutate=')) return argv[i].slice('--mutate='.length);
  }
  return '';
}

const patterns = mutateArg().split(',').filter(Boolean);
if (patterns.length) {
  const tests = new Set();
  for (const p of patterns) {
    // A file with its own entry uses that entry alone; otherwise every folder entry that holds it.
    const exact = Object.entries(FOLDER_TESTS).filter(([k]) => k === p);
    const hits = exact.length ? exact : Object.entries(FOLDER_TESTS).filter(([k]) => p.startsWith(k) || k.startsWith(p.replace(/\*.*$/, '')));
    if (!hits.length) {
      tests.clear();
      break; // unknown folder: all unit tests
    }
    for (const [, t] of hits) for (const x of t) tests.add(x);
  }
  if (tests.size) process.env.TIAOWEN_MUTATE_TESTS = JSON.stringify([...tests]);
}
/** One incremental file and report per selection, so folders can be measured one at a time. */
const runName = patterns.length ? patterns.join('+').replace(/^src\/lib\//, '').replace(/[^A-Za-z0-9.-]+/g, '_').replace(/^_+|_+$/g, '') : 'all';

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/lib/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Two cores shared with other work: two test processes at most.
  concurrency: 2,
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${runName}.json`,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${runName}.html` },
  jsonReporter: { fileName: `reports/mutation/${runName}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
  ignorePatterns: ['dist', '.astro', 'bench/output', 'tests/output', 'reports', '.stryker-tmp'],
  timeoutMS: 15_000,
  thresholds: { high: 85, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  warnings: { slow: false },
  // Stryker rewrites tsconfig.json in its sandbox with the TypeScript JS API, which TypeScript 7 (the
  // native compiler) no longer has; the project has no project references and vitest does not type-check,
  // so there is nothing to rewrite: point it at a file that does not exist.
  tsconfigFile: 'no-tsconfig-rewrite.json',
};
