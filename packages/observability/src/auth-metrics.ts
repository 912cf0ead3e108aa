import { Counter, type Registry } from 'prom-client';

export type AuthFailureVia = 'sign-in' | 'bearer';

/** The web app's authentication failures, for an alert on guessing. */
export interface AuthMetrics {
  /** A wrong token, at sign-in or as a bearer token. */
  failed(via: AuthFailureVia): void;
  /** An attempt answered 429 without being checked: its client had failed too often. */
  refused(via: AuthFailureVia): void;
}

export function createAuthMetrics(registry: Registry): AuthMetrics {
  const registers = [registry];
  const failed = new Counter({ name: 'newsfacts_auth_failures_total', help: 'Failed authentications (wrong sign-in token or bearer token)', labelNames: ['via'], registers });
  const refused = new Counter({ name: 'newsfacts_auth_throttled_total', help: 'Authentication attempts refused with 429 after too many failures from one client', labelNames: ['via'], registers });
  for (const via of ['sign-in', 'bearer'] as const) {
    failed.inc({ via }, 0);
    refused.inc({ via }, 0);
  }
  return {
    failed: (via) => failed.inc({ via }),
    refused: (via) => refused.inc({ via }),
  };
}
