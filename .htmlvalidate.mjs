/**
 * html-validate over every built page (tests/integrity/site.test.ts, `npx html-validate dist`).
 * The recommended rules, with these off and why:
 */
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // `<ul role="list">` / `<ol role="list">` on lists styled with `list-style: none` (navigation,
    // document lists, provision items) is deliberate: WebKit (Safari + VoiceOver) drops the list
    // semantics of such lists, and the explicit role restores them. Redundant for the validator,
    // not for those readers.
    'no-redundant-role': 'off',
  },
};
