import { Controller, Get, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import { AcceptsMultipart } from '../common/http/multipart';
import { StoredFileView } from './dto/stored-file.dto';
import { attachmentDisposition } from './file-name';
import { FilesService } from './files.service';
import { UPLOADABLE_MEDIA_TYPES } from './media-type';
import { FILE_PART_NAME, receiveFilePart } from './receive-file-part';

@ApiTags('documents')
@Controller('partnerships/:partnershipId/files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post()
  @AcceptsMultipart()
  @RequireCapability('partnership.internal.write')
  @ApiOperation({
    operationId: 'uploadFile',
    summary: 'Upload a document (PDF, PNG, JPEG or WebP, told by its content) to the partnership',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: [FILE_PART_NAME],
      properties: { [FILE_PART_NAME]: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({ type: StoredFileView })
  upload(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Req() request: FastifyRequest,
  ): Promise<StoredFileView> {
    return this.files.upload(actor, partnershipId, () => receiveFilePart(request));
  }

  @Get(':fileId')
  @RequireCapability('partnership.read')
  @ApiOperation({
    operationId: 'downloadFile',
    summary: 'A document of the partnership, as an attachment (parties only)',
  })
  @ApiProduces(...UPLOADABLE_MEDIA_TYPES)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async download(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('fileId') fileId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { file, content } = await this.files.download(actor, partnershipId, fileId);
    // Never rendered by the browser as a page, never guessed as another type, never kept in a cache.
    void reply.headers({
      'content-type': file.mediaType,
      'content-length': String(file.sizeBytes),
      'content-disposition': attachmentDisposition(file.name),
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      'content-security-policy': "default-src 'none'",
    });
    return new StreamableFile(content);
  }
}
