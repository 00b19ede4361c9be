/**
 * Every built page through html-validate with the project's configuration
 * (.htmlvalidate.mjs: the recommended rules, and which are off and why). No
 * vitest import: scripts can use it too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import config from '../../.htmlvalidate.mjs';
import { listFiles } from './build.ts';

export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

/** The HTML files of a built site, and every error html-validate finds in them. */
export async function validateSite(dir: string): Promise<{ pages: string[]; problems: HtmlProblem[] }> {
  const validator = new HtmlValidate(config as ConfigData);
  const pages = listFiles(dir).filter((f) => f.endsWith('.html'));
  const problems: HtmlProblem[] = [];
  for (const file of pages) {
    const report = await validator.validateString(readFileSync(join(dir, file), 'utf8'), file);
    for (const r of report.results) {
      for (const m of r.messages) {
        if (m.severity === 2) problems.push({ file, line: m.line, column: m.column, rule: m.ruleId, message: m.message });
      }
    }
  }
  return { pages, problems };
}
