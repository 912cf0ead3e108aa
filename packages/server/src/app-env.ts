import type { User } from './repositories/users.repository.ts';

/** What the auth middleware puts on every request's context. */
export interface AppEnv {
  Variables: {
    user: User | null;
    /** How the caller proved who it is: scripts send a bearer token, browsers a session cookie. */
    via: 'bearer' | 'cookie' | null;
    /** The session's anti-CSRF token (cookie sessions only), embedded in pages and sent back on writes. */
    csrfToken: string | null;
  };
}
