// Ambient types for plain `tsc --noEmit` (npm run check), which cannot read
// .astro files: Astro's client types (import.meta.env, assets) and a shim
// typing any `*.astro` import as a component (tests render them with the
// container API). Normally src/env.d.ts; kept here until the project has one.
/// <reference types="astro/client" />

declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
