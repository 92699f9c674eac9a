import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AUDIT_ENTITY_TYPES } from '../../audit/audit-entity-types';
import { KeysetPageQueryDto } from '../../common/pagination/keyset-page-query.dto';

export class AuditQueryDto extends KeysetPageQueryDto {
  @ApiPropertyOptional({ enum: AUDIT_ENTITY_TYPES, description: 'What the events are about.' })
  @IsOptional()
  @IsIn(AUDIT_ENTITY_TYPES)
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

  @ApiProperty({ enum: AUDIT_ENTITY_TYPES })
  entityType: string;

  @ApiProperty()
  entityId: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'The name of what the event is about (partnership title, person, authority), if it has one.',
  })
  entityName: string | null;

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

  @ApiProperty({
    description: 'Names of the ids this page shows, in its entities and changed values: `{ id: name }`.',
    type: 'object',
    additionalProperties: { type: 'string' },
  })
  names: Record<string, string>;
}
