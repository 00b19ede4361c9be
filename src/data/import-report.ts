/**
 * Build-time access to content/import-report.json (written by
 * `npm run ingest -- PATH...`), validated; null when there is none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importReport, type ImportReport } from '../schemas/import-report.ts';

export function importReportPath(): string {
  return join(process.env.TIAOWEN_CONTENT ?? join(process.cwd(), 'content'), 'import-report.json');
}

export function getImportReport(path = importReportPath()): ImportReport | null {
  if (!existsSync(path)) return null;
  const parsed = importReport.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
