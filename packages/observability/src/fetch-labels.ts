import type { FeedPollOutcome, FetchOutcome } from '@newsfacts/core';

/**
 * The `status` label of a fetch: the HTTP status when there was a response, otherwise the error's
 * class name (`FetchNetworkError`, `PrivateAddressError`, ...). Messages never become labels: they
 * carry URLs and would make a series per article.
 */
export function fetchStatusLabel(outcome: Pick<FetchOutcome, 'status' | 'error'>): string {
  if (outcome.status !== null) return String(outcome.status);
  return errorClassOf(outcome.error);
}

/** Why a poll failed, in a handful of values an alert can name; null for a good poll (304 included). */
export function feedErrorReason(outcome: Pick<FeedPollOutcome, 'ok' | 'notModified' | 'pauseReason' | 'error' | 'retryAfterMs' | 'fetch'>): string | null {
  if (outcome.ok || outcome.notModified) return null;
  const status = outcome.fetch.status;
  if (outcome.pauseReason !== null || status === 410) return 'gone';
  if (status === 429 || outcome.retryAfterMs !== null) return 'rate-limited';
  if (status !== null && status >= 500) return 'http-5xx';
  if (status !== null && status >= 400) return 'http-4xx';
  const error = outcome.error ?? outcome.fetch.error ?? '';
  if (error.startsWith('FeedParseError')) return 'parse';
  if (error.startsWith('no child sitemap')) return 'sitemap-children';
  return errorClassOf(error);
}

function errorClassOf(error: string | null): string {
  if (!error) return 'unknown';
  const named = /^([A-Z][A-Za-z]*Error)\b/.exec(error);
  if (named?.[1]) return named[1];
  if (/robots\.txt/i.test(error)) return 'robots-disallowed';
  return 'error';
}
