import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { KeysetPageQueryDto } from '../../common/pagination/keyset-page-query.dto';

export class AuditQueryDto extends KeysetPageQueryDto {
  @ApiPropertyOptional({ example: 'partnership' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  @ApiPropertyOptional({ description: 'Only what this user did.' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export class AuditEventDto {
  @ApiProperty()
  id: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  actorUserId: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  actorDisplayName: string | null;

  @ApiProperty()
  entityType: string;

  @ApiProperty()
  entityId: string;

  @ApiProperty()
  action: string;

  @ApiProperty({
    description: 'Changed fields: `{ field: { before, after } }`.',
    type: 'object',
    additionalProperties: { type: 'object', properties: { before: {}, after: {} } },
  })
  changes: Record<string, { before: unknown; after: unknown }>;

  @ApiPropertyOptional({ nullable: true, type: String })
  requestId: string | null;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEventDto] })
  items: AuditEventDto[];

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Pass as `cursor` for the next page; null at the end.',
  })
  nextCursor: string | null;
}
