/**
 * HTML of one side of a diff, shared by the static compare pages and the
 * client-side picker. Changes are <ins>/<del> with a visually hidden
 * ［增］/［删］ label, so the diff reads without colour and in a screen
 * reader. Newlines stay as "\n" (the container uses `white-space: pre-line`).
 */
import type { Segment } from './diff.ts';

import { escapeHtml } from '../html.ts';

/** `old`: the base side (deletions marked); `new`: the compared side (insertions marked). */
export type Side = 'old' | 'new';

export const INS_LABEL = '［增］';
export const DEL_LABEL = '［删］';

/** The text of one side with its changes marked. */
export function renderSide(segments: readonly Segment[], side: Side): string {
  let html = '';
  for (const s of segments) {
    const text = side === 'old' ? s.old : s.new;
    if (!text) continue;
    if (s.op === 'equal') {
      html += escapeHtml(text);
    } else if (side === 'new') {
      html += `<ins><span class="visually-hidden">${INS_LABEL}</span>${escapeHtml(text)}</ins>`;
    } else {
      html += `<del><span class="visually-hidden">${DEL_LABEL}</span>${escapeHtml(text)}</del>`;
    }
  }
  return html;
}

/** Plain text, escaped. */
export function renderPlain(text: string): string {
  return escapeHtml(text);
}
