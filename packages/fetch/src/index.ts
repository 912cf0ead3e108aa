export { fetchText, DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_RATE_LIMIT_MS, DEFAULT_TIMEOUT_MS } from './fetch-text.ts';
export type { FetchOptions, FetchResult } from './fetch-types.ts';
export {
  BodyTooLargeError,
  ContentTypeRefusedError,
  FetchNetworkError,
  InvalidUrlError,
  PrivateAddressError,
  RedirectError,
  type NetworkErrorCode,
} from './fetch-errors.ts';
export { isPrivateAddress } from './private-address.ts';
export { canonicalizeUrl } from './canonicalize-url.ts';
export { FEED_ACCEPT, HTML_ACCEPT, FEED_CONTENT_TYPES, HTML_CONTENT_TYPES, TEXT_CONTENT_TYPES, mimeMatches, parseContentType } from './content-type.ts';
export { decodeBody, normalizeCharset } from './decode-charset.ts';
export { closeFetchAgents } from './guarded-agent.ts';
export { createRobotsCache, type RobotsCache, type RobotsCacheOptions } from './robots-cache.ts';
