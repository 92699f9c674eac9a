import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail';
import type { Actor } from '../auth/actor';
import { ProblemException } from '../common/problem/problem';
import { isUuid } from '../common/validation/uuid';
import { APP_CONFIG, type AppConfig } from '../config/app-config.token';
import { PartnershipAccess } from '../tenancy/partnership-access';
import { toStoredFileView, type StoredFileView } from './dto/stored-file.dto';
import { sanitiseFileName, storedFileName } from './file-name';
import { FileStore, type ReceivedBytes } from './file-store';
import {
  declaredTypeAgreesWith,
  isUploadable,
  nameAgreesWith,
  sniffMediaType,
  UPLOADABLE_MEDIA_TYPES,
  type UploadableMediaType,
} from './media-type';
import { StoredFileEntity } from './stored-file.entity';

/** One file part of an upload, as the HTTP layer received it: nothing in it is trusted. */
export interface IncomingFile {
  /** The name the client gave. */
  filename: string | undefined;
  /** The Content-Type the client declared for the part. */
  declaredType: string | undefined;
  content: Readable;
  /** Whether the content was cut at `FILE_MAX_BYTES` (known once it has been read). */
  truncated(): boolean;
}

/** A stored file with its bytes, ready to be sent. */
export interface FileDownload {
  file: StoredFileView;
  content: Readable;
}

/**
 * Documents of a partnership: uploaded by a party, checked by content (type, size), kept on disk, served
 * only to the parties. Other features attach stored files to their records through `requireAttachable`.
 */
@Injectable()
export class FilesService {
  private readonly logger = new Logger(FilesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: PartnershipAccess,
    private readonly audit: AuditTrail,
    private readonly store: FileStore,
  ) {}

  /**
   * Receives one file for the partnership. `receive` is called only once the actor is known to be a party,
   * so that nothing of a stranger's upload is read or written.
   */
  async upload(
    actor: Actor,
    partnershipId: string,
    receive: () => Promise<IncomingFile | undefined>,
  ): Promise<StoredFileView> {
    await this.access.requireVisible(actor, partnershipId);
    const incoming = await receive();
    if (!incoming) throw missingFile('Send the file as multipart/form-data, in a part named "file".');
    const received = await this.store.receive(incoming.content).catch((error: unknown) => {
      throw malformedUpload(error);
    });
    try {
      const { name, mediaType } = this.check(incoming, received);
      return await this.keep(actor, partnershipId, received, name, mediaType);
    } finally {
      await received.discard();
    }
  }

  /** The file and its bytes, for a user of a party of its partnership; 404 for anyone else. */
  async download(actor: Actor, partnershipId: string, fileId: string): Promise<FileDownload> {
    await this.access.requireVisible(actor, partnershipId);
    const entity = isUuid(fileId)
      ? await this.dataSource.manager.findOneBy(StoredFileEntity, { id: fileId, partnershipId })
      : null;
    if (!entity) throw new ProblemException('RESOURCE.NOT_FOUND', `No file ${fileId} in this partnership.`);
    const bytes = await this.store.open(entity.id);
    if (bytes.sizeBytes !== entity.sizeBytes) {
      bytes.content.destroy();
      throw new Error(
        `stored file ${entity.id} has ${bytes.sizeBytes} bytes on disk, ${entity.sizeBytes} recorded`,
      );
    }
    return { file: toStoredFileView(entity), content: bytes.content };
  }

  /**
   * For features that attach a file to one of their records, inside their transaction: the file, if it
   * belongs to this partnership and (when `mediaTypes` is given) has one of those types; otherwise 422
   * `FILE.NOT_ATTACHABLE`. The caller has already checked that the actor may see the partnership.
   */
  async requireAttachable(
    manager: EntityManager,
    partnershipId: string,
    fileId: string,
    options: { mediaTypes?: readonly string[] } = {},
  ): Promise<StoredFileView> {
    const entity =
      isUuid(fileId) && isUuid(partnershipId)
        ? await manager.findOneBy(StoredFileEntity, { id: fileId, partnershipId })
        : null;
    if (!entity) {
      throw new ProblemException('FILE.NOT_ATTACHABLE', `No file ${fileId} in this partnership.`, {
        fileId,
      });
    }
    if (options.mediaTypes && !options.mediaTypes.includes(entity.mediaType)) {
      throw new ProblemException(
        'FILE.NOT_ATTACHABLE',
        `File ${fileId} is ${entity.mediaType}; only ${options.mediaTypes.join(', ')} can be attached here.`,
        { fileId, mediaType: entity.mediaType, allowedMediaTypes: [...options.mediaTypes] },
      );
    }
    return toStoredFileView(entity);
  }

  /** Views of the stored files among `ids` (unknown ids are left out), keyed by id. */
  async describe(manager: EntityManager, ids: string[]): Promise<Map<string, StoredFileView>> {
    const wanted = [...new Set(ids.filter(isUuid))];
    if (wanted.length === 0) return new Map();
    const entities = await manager.findBy(StoredFileEntity, { id: In(wanted) });
    return new Map(entities.map((entity) => [entity.id, toStoredFileView(entity)]));
  }

  /** The refusals, in the order a user can act on them: too large, empty, not an accepted type, misnamed. */
  private check(
    incoming: IncomingFile,
    received: ReceivedBytes,
  ): { name: string; mediaType: UploadableMediaType } {
    if (incoming.truncated() || received.sizeBytes > this.config.fileMaxBytes) {
      throw new ProblemException(
        'FILE.TOO_LARGE',
        `The file is larger than ${this.config.fileMaxBytes} bytes.`,
        { maxBytes: this.config.fileMaxBytes },
      );
    }
    if (received.sizeBytes === 0) throw missingFile('The file is empty.');
    const mediaType = sniffMediaType(received.head);
    if (!isUploadable(mediaType)) {
      throw new ProblemException(
        'FILE.TYPE_NOT_ALLOWED',
        `The content is ${mediaType}; accepted are PDF, PNG, JPEG and WebP.`,
        { sniffedType: mediaType, allowedMediaTypes: [...UPLOADABLE_MEDIA_TYPES] },
      );
    }
    const sanitised = sanitiseFileName(incoming.filename);
    if (!nameAgreesWith(sanitised, mediaType) || !declaredTypeAgreesWith(incoming.declaredType, mediaType)) {
      throw new ProblemException(
        'FILE.TYPE_MISMATCH',
        `The content is ${mediaType}, which its name or declared type does not say.`,
        { sniffedType: mediaType, declaredType: incoming.declaredType ?? null, name: sanitised },
      );
    }
    return { name: storedFileName(sanitised, mediaType), mediaType };
  }

  /** The row and its audit event in one transaction; the bytes get their final name before it commits. */
  private async keep(
    actor: Actor,
    partnershipId: string,
    received: ReceivedBytes,
    name: string,
    mediaType: string,
  ): Promise<StoredFileView> {
    const id = randomUUID();
    try {
      const saved = await this.dataSource.transaction(async (manager) => {
        const entity = await manager.save(
          manager.create(StoredFileEntity, {
            id,
            partnershipId,
            organisationId: actor.organisationId,
            uploadedBy: actor.userId,
            originalName: name,
            mediaType,
            sizeBytes: received.sizeBytes,
            sha256: received.sha256,
          }),
        );
        await this.audit.record(manager, {
          actor,
          entityType: 'stored_file',
          entityId: id,
          action: 'file.uploaded',
          after: { partnershipId, name, mediaType, sizeBytes: received.sizeBytes, sha256: received.sha256 },
        });
        await received.keepAs(id);
        return entity;
      });
      return toStoredFileView(saved);
    } catch (error) {
      // The transaction failed after the rename (at commit): no row points at these bytes.
      await this.store.remove(id).catch((removal: unknown) => {
        this.logger.error({ err: removal, fileId: id }, 'could not remove the bytes of a file not recorded');
      });
      throw error;
    }
  }
}

function missingFile(detail: string): ProblemException {
  return new ProblemException('FILE.MISSING', detail);
}

/**
 * A body that stopped in the middle of the file, or multipart that does not parse, is the client's fault
 * (400); a failing disk (an error with a system call) is ours and stays a 500.
 */
function malformedUpload(error: unknown): unknown {
  if (error instanceof ProblemException) return error;
  if (error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string') return error;
  return new ProblemException('REQUEST.BAD_REQUEST', 'The upload was cut off or is not valid multipart.');
}
