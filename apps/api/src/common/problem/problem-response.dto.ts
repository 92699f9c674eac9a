import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'email' })
  field: string;

  @ApiProperty({ example: 'isEmail' })
  rule: string;

  @ApiProperty()
  message: string;
}

/** The OpenAPI description of every error body (RFC 9457 problem+json with a stable `code`). */
export class ProblemResponseDto {
  @ApiProperty({ example: 'urn:passerelle:problem:request.validation_failed' })
  type: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  status: number;

  @ApiProperty()
  detail: string;

  @ApiProperty({ example: 'REQUEST.VALIDATION_FAILED', description: 'Stable machine-readable code.' })
  code: string;

  @ApiPropertyOptional()
  instance?: string;

  @ApiPropertyOptional()
  requestId?: string;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];

  @ApiPropertyOptional({ description: 'REQUEST.TOO_MANY: seconds to wait before trying again.' })
  retryAfterSeconds?: number;

  @ApiPropertyOptional({ description: 'RESOURCE.CONFLICT: the version the record is at now.' })
  currentVersion?: number;
}
