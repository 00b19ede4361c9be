/**
 * 加入学习材料 on document pages: the buttons are rendered hidden (no use
 * without JS) and shown here. A click adds the provision to the working sheet
 * (src/scripts/study-store.ts) or, when it is on it already, takes it off;
 * the link to /study/ shows how many provisions the sheet holds.
 */
import { addItem, hasItem, sheetQuery, type StudySheet } from '../lib/study/sheet.ts';
import { loadSheet, saveSheet } from './study-store.ts';

const ADD = '加入学习材料';
const ADDED = '已加入学习材料';

function announce(message: string): void {
  const region = document.getElementById('cite-status');
  if (!region) return;
  region.textContent = '';
  window.setTimeout(() => (region.textContent = message), 50);
}

function refresh(sheet: StudySheet): void {
  // Only what changes is written: on load, with an empty sheet, that is `hidden` alone (README "Quality bar").
  for (const b of document.querySelectorAll<HTMLButtonElement>('button.study-add')) {
    const on = hasItem(sheet, b.dataset.studyDoc ?? '', b.dataset.studyAnchor ?? '');
    const text = on ? ADDED : ADD;
    if (b.textContent !== text) b.textContent = text;
    b.classList.toggle('on', on);
    const label = b.getAttribute('aria-label') ?? '';
    const wanted = `${text}：${label.replace(/^[^：]*：/, '')}`;
    if (label !== wanted) b.setAttribute('aria-label', wanted);
    b.hidden = false;
  }
  const link = document.getElementById('study-link');
  if (link) {
    link.hidden = sheet.items.length === 0;
    const a = link.querySelector('a');
    if (a) a.search = sheetQuery(sheet);
    const count = link.querySelector('.study-count');
    if (count) count.textContent = String(sheet.items.length);
  }
}

document.addEventListener('click', (event) => {
  const target = event.target;
  if (!(target instanceof Element)) return;
  const button = target.closest<HTMLButtonElement>('button.study-add');
  if (!button) return;
  const doc = button.dataset.studyDoc ?? '';
  const anchor = button.dataset.studyAnchor ?? '';
  let sheet = loadSheet();
  const on = hasItem(sheet, doc, anchor);
  sheet = on ? { ...sheet, items: sheet.items.filter((it) => !(it.doc === doc && it.anchor === anchor)) } : addItem(sheet, doc, anchor);
  saveSheet(sheet);
  refresh(sheet);
  announce(on ? `已从学习材料中移除（共${sheet.items.length}条）` : `已加入学习材料（共${sheet.items.length}条）`);
});

// another tab changed the sheet
window.addEventListener('storage', () => refresh(loadSheet()));
refresh(loadSheet());
