export { FeedParseError, type FeedFormat, type FeedItem, type ParsedFeed } from './feed-types.ts';
export { parseFeed } from './parse-feed.ts';
export { looksLikeFeed } from './looks-like-feed.ts';
export { discoverFeedLinks, WELL_KNOWN_FEED_PATHS, WELL_KNOWN_SITEMAP_PATHS, wellKnownFeedUrls } from './discover-feeds.ts';
export { parseOpml, toOpml, type OpmlFeed } from './opml.ts';
export { normalizeDate } from './normalize-date.ts';
export { toPlainText } from './plain-text.ts';
export { findFeed, FeedNotFoundError, type FeedCandidateResponse, type FeedFetcher, type FoundFeed } from './find-feed.ts';
