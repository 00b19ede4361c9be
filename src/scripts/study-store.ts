/**
 * The trainer's working study sheet between pages: the sheet's query string
 * (src/lib/study/sheet.ts) in localStorage. The URL of /study/ is what is
 * shared; this only remembers the sheet while the trainer browses documents.
 */
import { parseSheet, sheetQuery, type StudySheet } from '../lib/study/sheet.ts';

const KEY = 'tiaowen-study-sheet';

export function loadSheet(): StudySheet {
  try {
    return parseSheet(localStorage.getItem(KEY) ?? '').sheet;
  } catch {
    return { items: [] }; // storage refused (private mode, file://): an empty sheet
  }
}

export function saveSheet(sheet: StudySheet): void {
  try {
    const q = sheetQuery(sheet);
    if (q) localStorage.setItem(KEY, q);
    else localStorage.removeItem(KEY);
  } catch {
    // storage refused: the sheet still lives in the /study/ URL
  }
}
