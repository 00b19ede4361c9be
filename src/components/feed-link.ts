/** The feed's file name: /feed.xml (src/pages/[feed].xml.ts), built only when the site address is known. */
export const FEED_NAME = 'feed';
