import type { Config } from '@newsfacts/config';
import { type FoundFeed, findFeed } from '@newsfacts/feeds';
import { FEED_CONTENT_TYPES, fetchText } from '@newsfacts/fetch';
import { fetchOptionsOf } from './fetch-options.ts';

/** Feed discovery over the same guarded fetcher the workers use (SSRF rules included). */
export function discoverFeed(url: string, config: Config): Promise<FoundFeed> {
  return findFeed(url, async (candidate) => {
    const result = await fetchText(candidate, {
      ...fetchOptionsOf(config),
      accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5',
      allowedContentTypes: [...FEED_CONTENT_TYPES, 'text/html', 'application/xhtml+xml', 'text/plain'],
    });
    return { status: result.status, finalUrl: result.finalUrl, contentType: result.contentType, body: result.body };
  });
}
