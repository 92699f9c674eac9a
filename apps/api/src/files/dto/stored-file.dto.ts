import { ApiProperty } from '@nestjs/swagger';
import { UPLOADABLE_MEDIA_TYPES } from '../media-type';
import type { StoredFileEntity } from '../stored-file.entity';

/** A stored file as clients and other features see it. */
export class StoredFileView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'The uploaded file’s name, sanitised.', example: 'deliberation-2026-04.pdf' })
  name: string;

  @ApiProperty({ enum: UPLOADABLE_MEDIA_TYPES, description: 'Told by the content, not by the client.' })
  mediaType: string;

  @ApiProperty()
  sizeBytes: number;

  @ApiProperty({ description: 'SHA-256 of the content, lower-case hex.' })
  sha256: string;

  @ApiProperty({ format: 'date-time' })
  uploadedAt: string;

  @ApiProperty({ format: 'uuid', description: 'The party whose user uploaded the file.' })
  uploadedByOrganisationId: string;
}

export function toStoredFileView(entity: StoredFileEntity): StoredFileView {
  return {
    id: entity.id,
    name: entity.originalName,
    mediaType: entity.mediaType,
    sizeBytes: entity.sizeBytes,
    sha256: entity.sha256,
    uploadedAt: entity.createdAt.toISOString(),
    uploadedByOrganisationId: entity.organisationId,
  };
}
