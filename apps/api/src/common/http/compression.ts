import fastifyCompress from '@fastify/compress';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Below this, compressing an answer saves less than it costs (a JSON count, a small problem). */
const COMPRESS_ABOVE_BYTES = 1024;

/**
 * Compresses the API's answers above a kilobyte for clients that accept it (brotli at a low level, fast
 * enough per request, else gzip): a partnership's page or a portfolio shrinks to a fraction of its size,
 * which a partner on a slow mobile connection feels at once. The web app's files are compressed at build
 * time instead and already carry their encoding, which the plugin leaves as it is.
 */
export async function registerCompression(app: NestFastifyApplication): Promise<void> {
  await app.register(fastifyCompress, {
    threshold: COMPRESS_ABOVE_BYTES,
    encodings: ['br', 'gzip'],
  });
}
