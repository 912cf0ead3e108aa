import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { RefusedError } from '@newsfacts/core';

/** Inflates "deflate" bodies whether zlib-wrapped (per the spec) or raw (as some servers send). */
class AutoInflate extends Transform {
  private inner: zlib.Inflate | zlib.InflateRaw | null = null;

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (!this.inner) {
      // A zlib header's low nibble is 8 (the deflate method); anything else is a raw stream.
      this.inner = (chunk[0]! & 0x0f) === 8 ? zlib.createInflate() : zlib.createInflateRaw();
      this.inner.on('data', (d: Buffer) => this.push(d));
      this.inner.on('error', (e) => this.destroy(e));
    }
    this.inner.write(chunk, () => done());
  }

  override _flush(done: TransformCallback): void {
    if (!this.inner) return done();
    this.inner.once('end', () => done());
    this.inner.end();
  }

  override _destroy(err: Error | null, cb: (error: Error | null) => void): void {
    this.inner?.destroy();
    cb(err);
  }
}

/** Decoder streams for a Content-Encoding header; throws RefusedError for unknown codings. */
export function decodersFor(contentEncoding: string | null): Transform[] {
  if (!contentEncoding) return [];
  const codings = contentEncoding
    .toLowerCase()
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c && c !== 'identity');
  // Codings are listed in the order they were applied, so they are undone in reverse.
  return codings.reverse().map((coding) => {
    if (coding === 'gzip' || coding === 'x-gzip') return zlib.createGunzip();
    if (coding === 'br') return zlib.createBrotliDecompress();
    if (coding === 'deflate') return new AutoInflate();
    throw new RefusedError(`unsupported Content-Encoding: ${coding}`);
  });
}

export class BodyTooLargeError extends RefusedError {
  override name = 'BodyTooLargeError';
}

/**
 * Reads a response body through its decoders into one buffer, stopping (and destroying
 * the socket) as soon as the decoded size passes `maxBytes`, so neither a huge body nor
 * a compression bomb is ever held in memory. Also returns the bytes seen on the wire.
 */
export async function readBody(
  body: Readable,
  decoders: Transform[],
  maxBytes: number,
  url: string,
): Promise<{ bytes: Buffer; wireBytes: number }> {
  const chunks: Buffer[] = [];
  let size = 0;
  let wireBytes = 0;
  async function* countWire(source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      wireBytes += chunk.length;
      // Compressed input is capped too: a body can be huge before it is decoded.
      if (wireBytes > maxBytes) throw new BodyTooLargeError(`body of ${url} exceeds the ${maxBytes}-byte cap`);
      yield chunk;
    }
  }
  async function sink(source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > maxBytes) throw new BodyTooLargeError(`body of ${url} exceeds the ${maxBytes}-byte cap (decoded)`);
      chunks.push(chunk);
    }
  }
  await (pipeline as (...stages: unknown[]) => Promise<void>)(body, countWire, ...decoders, sink);
  return { bytes: Buffer.concat(chunks, size), wireBytes };
}
