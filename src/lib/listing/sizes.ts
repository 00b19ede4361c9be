/**
 * How many entries each listing shows per page or per file. One place, so the
 * bound every listing page and data file keeps (README: "Listing pages at any
 * corpus size") is read from here.
 */

/** Documents per page of /documents/…, /commentary/ and the pairs list of /compare/. */
export const DOCUMENTS_PER_PAGE = 100;

/** Documents a group of the home page (and the 404 page) lists before linking to the full, paginated list. */
export const HOME_PER_GROUP = 50;

/** Measures (matrix rows, each with its coverage summary) per page of /crosswalk/matrix/<parent>/. */
export const MATRIX_ROWS_PER_PAGE = 50;

/** Documents per group file of the compare picker (/compare/data/group/<key>.json); larger issuers are split. */
export const PICKER_GROUP_SIZE = 500;

/** Files per page of each section of /import-report/. */
export const IMPORT_FILES_PER_PAGE = 200;

/** Predating measures named in /crosswalk/'s note before “等 N 份”. */
export const PREDATING_NAMED = 10;

/** Cited titles outside the corpus per page of /crosswalk/external/ (and shown on /crosswalk/ itself up to this many). */
export const EXTERNAL_PER_PAGE = 200;

/** Citing documents named per external title before “等 N 份文件”. */
export const EXTERNAL_CITERS = 20;

/** Local documents listed under 下位落实 on each article of a parent regulation before “另有 N 份” and a link to the matrix. */
export const DOWN_DOCUMENTS = 20;

/** Local provisions (each with its diff) per page of /implementations/<parent>/<anchor>/; page 1 also carries the summary of all. */
export const IMPLEMENTATIONS_PER_PAGE = 50;

/** Phrases listed under 各地增加的内容 / 各地删去的内容 of an implementations page (most widely shared first) before “另有 N 处”. */
export const IMPLEMENTATIONS_PHRASES = 100;

/** Provisions linked under each such phrase before “等 N 个条款”. */
export const IMPLEMENTATIONS_PHRASE_ITEMS = 10;
