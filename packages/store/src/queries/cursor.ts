/** Opaque keyset cursors: `f.<id>` for facts, `g.<id>` for groups, base64url so clients do not parse them. */
export function encodeCursor(kind: 'f' | 'g', id: number): string {
  return Buffer.from(`${kind}.${id}`).toString('base64url');
}

export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError';
}

export function decodeCursor(kind: 'f' | 'g', cursor: string | undefined | null): number {
  if (!cursor) return 0;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^([fg])\.(\d{1,15})$/.exec(text);
  if (!m || m[1] !== kind) throw new InvalidCursorError(`not a valid cursor: ${cursor.slice(0, 40)}`);
  return Number(m[2]);
}
