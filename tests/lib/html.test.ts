import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/lib/html.ts';

describe('escapeHtml', () => {
  it('turns the five markup characters into entities', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
  it('escapes every occurrence, ampersands of existing entities included', () => {
    expect(escapeHtml('&amp; && <<')).toBe('&amp;amp; &amp;&amp; &lt;&lt;');
  });
  it('leaves other text, Chinese and full-width punctuation, as it is', () => {
    expect(escapeHtml('《问责条例》第六条：“诫勉”＆＜')).toBe('《问责条例》第六条：“诫勉”＆＜');
  });
});
