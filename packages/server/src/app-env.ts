import type { User } from './repositories/users.repository.ts';

/** What the middleware puts on every request's context. */
export interface AppEnv {
  Variables: {
    user: User | null;
    /** How the caller proved who it is: scripts send a bearer token, browsers a session cookie. */
    via: 'bearer' | 'cookie' | null;
    /** The session's anti-CSRF token (cookie sessions only), embedded in pages and sent back on writes. */
    csrfToken: string | null;
    /** The caller's address: the socket's peer, or what a trusted proxy says it forwarded for. */
    clientIp: string;
    /** Our own origin as the browser sees it (`https://` when a trusted proxy terminated TLS). */
    origin: string;
  };
}
