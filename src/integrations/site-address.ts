/**
 * Astro integration: says once, at the start of a build, when the public
 * address (`TIAOWEN_SITE`) is not set, and what follows from it.
 */
import type { AstroIntegration } from 'astro';

export default function siteAddress(): AstroIntegration {
  return {
    name: 'tiaowen:site-address',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        if (config.site) return;
        logger.warn(
          'TIAOWEN_SITE is not set: pages carry no canonical address, the sitemap and robots.txt name no host, no feed (feed.xml) is built, ' +
            'and copied citations use the address each page is served from. Set TIAOWEN_SITE=https://host/path/ to publish.',
        );
      },
    },
  };
}
