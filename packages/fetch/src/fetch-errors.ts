import { RefusedError } from '@newsfacts/core';

export { BodyTooLargeError } from './read-body.ts';

/** The URL or one of its redirects points at a private/loopback/link-local/metadata address. */
export class PrivateAddressError extends RefusedError {
  override name = 'PrivateAddressError';
}

/** A 2xx body whose type is not on the allow-list (an image where an article was expected). */
export class ContentTypeRefusedError extends RefusedError {
  override name = 'ContentTypeRefusedError';
}

/** More redirects than allowed, or a redirect back to a URL already visited. */
export class RedirectError extends RefusedError {
  override name = 'RedirectError';
}

/** Not an http(s) URL, or not a URL at all. */
export class InvalidUrlError extends RefusedError {
  override name = 'InvalidUrlError';
}

export type NetworkErrorCode = 'timeout' | 'aborted' | 'dns' | 'connect' | 'reset' | 'tls' | 'decode' | 'other';

/** A transient transport failure (worth retrying with backoff). */
export class FetchNetworkError extends Error {
  override name = 'FetchNetworkError';
  constructor(
    message: string,
    readonly code: NetworkErrorCode,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
