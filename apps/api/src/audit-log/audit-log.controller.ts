import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import { AuditQuery } from './audit-query';
import { AuditPageDto, AuditQueryDto } from './dto/audit.dto';

@ApiTags('audit')
@Controller('audit-events')
export class AuditLogController {
  constructor(private readonly audit: AuditQuery) {}

  @Get()
  @RequireCapability('audit.read')
  @ApiOperation({ operationId: 'listAuditEvents', summary: 'The organisation’s audit trail, newest first' })
  @ApiOkResponse({ type: AuditPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto): Promise<AuditPageDto> {
    return this.audit.page(actor, query);
  }
}
