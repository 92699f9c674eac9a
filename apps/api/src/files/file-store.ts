import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.token';
import { isUuid } from '../common/validation/uuid';
import { SNIFF_LENGTH } from './media-type';

/** Bytes received into a temporary file of the storage folder, not yet kept. */
export interface ReceivedBytes {
  readonly sizeBytes: number;
  /** SHA-256 of the bytes, lower-case hex. */
  readonly sha256: string;
  /** The first `SNIFF_LENGTH` bytes (fewer for a shorter file), to tell the type. */
  readonly head: Buffer;
  /** Gives the bytes their final name, atomically (a rename within the folder). */
  keepAs(fileId: string): Promise<void>;
  /** Deletes the temporary file; nothing happens once the bytes are kept. */
  discard(): Promise<void>;
}

/** A kept file opened for reading. */
export interface OpenedBytes {
  readonly sizeBytes: number;
  readonly content: Readable;
}

/**
 * The bytes of stored files, on the local disk in `FILE_STORAGE_DIR` (created with mode 0700, outside the
 * web root), one file per stored file named by its uuid, without extension. Writes go to a temporary file
 * in the same folder, then are renamed: a reader never sees half a file.
 */
@Injectable()
export class FileStore {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Streams a content to a temporary file while hashing it; the temporary file is removed on failure. */
  async receive(content: Readable): Promise<ReceivedBytes> {
    const folder = this.config.fileStorageDir;
    await mkdir(folder, { recursive: true, mode: 0o700 });
    const temporaryPath = join(folder, `.upload-${randomUUID()}.tmp`);
    const hash = createHash('sha256');
    const headChunks: Buffer[] = [];
    let headLength = 0;
    let sizeBytes = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        sizeBytes += chunk.length;
        if (headLength < SNIFF_LENGTH) {
          const needed = chunk.subarray(0, SNIFF_LENGTH - headLength);
          headChunks.push(needed);
          headLength += needed.length;
        }
        callback(null, chunk);
      },
    });
    try {
      // `wx`: never over an existing file; `flush`: on disk before the rename makes it a stored file.
      const file = createWriteStream(temporaryPath, { flags: 'wx', mode: 0o600, flush: true });
      await pipeline(content, tap, file);
    } catch (error) {
      await rm(temporaryPath, { force: true });
      throw error;
    }
    let kept = false;
    return {
      sizeBytes,
      sha256: hash.digest('hex'),
      head: Buffer.concat(headChunks),
      keepAs: async (fileId) => {
        await rename(temporaryPath, this.pathOf(fileId));
        kept = true;
      },
      discard: async () => {
        if (!kept) await rm(temporaryPath, { force: true });
      },
    };
  }

  /** Opens a kept file; fails (ENOENT) when its bytes are missing. */
  async open(fileId: string): Promise<OpenedBytes> {
    const handle = await open(this.pathOf(fileId), 'r');
    try {
      const { size } = await handle.stat();
      return { sizeBytes: size, content: handle.createReadStream() };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** Deletes a kept file, if it is there. */
  async remove(fileId: string): Promise<void> {
    await rm(this.pathOf(fileId), { force: true });
  }

  /** Only a uuid names a kept file: no path, no dot, nothing a caller could steer elsewhere. */
  private pathOf(fileId: string): string {
    if (!isUuid(fileId)) throw new Error(`not a stored file id: ${fileId}`);
    return join(this.config.fileStorageDir, fileId.toLowerCase());
  }
}
