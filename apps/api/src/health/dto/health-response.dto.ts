import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ProblemResponseDto } from '../../common/problem/problem-response.dto';

export const SERVICE_STATES = ['up', 'down'] as const;
export type ServiceState = (typeof SERVICE_STATES)[number];

export class ServiceCheckDto {
  @ApiProperty({ enum: SERVICE_STATES })
  status: ServiceState;

  @ApiPropertyOptional({ description: 'Round-trip time of the check, when the service answered.' })
  latencyMs?: number;
}

export class HealthChecksDto {
  @ApiProperty({ type: ServiceCheckDto })
  database: ServiceCheckDto;

  @ApiProperty({ type: ServiceCheckDto })
  redis: ServiceCheckDto;
}

export class HealthResponseDto {
  @ApiProperty({ enum: ['ok'] })
  status: 'ok';

  @ApiProperty({ type: HealthChecksDto })
  checks: HealthChecksDto;
}

/** The 503 answer: a problem document that still lists every check. */
export class HealthProblemDto extends ProblemResponseDto {
  @ApiProperty({ type: HealthChecksDto })
  checks: HealthChecksDto;
}
