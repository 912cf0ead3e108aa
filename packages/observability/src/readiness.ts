/** One readiness condition: null when it holds, otherwise why not (shown in /readyz's body). */
export type ReadinessCheck = () => Promise<string | null> | string | null;

export interface Readiness {
  ready: boolean;
  reasons: string[];
}

/**
 * Runs every check at once; one that throws or outlasts `timeoutMs` counts as failing, so a hung
 * dependency makes /readyz answer 503 instead of making the probe itself time out.
 */
export async function checkReadiness(checks: Record<string, ReadinessCheck>, timeoutMs = 2000): Promise<Readiness> {
  const results = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      const reason = await withTimeout(Promise.resolve().then(check), timeoutMs).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
      return reason === null ? null : `${name}: ${reason}`;
    }),
  );
  const reasons = results.filter((r): r is string => r !== null);
  return { ready: reasons.length === 0, reasons };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
