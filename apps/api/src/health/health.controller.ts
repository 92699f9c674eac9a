import { Controller, Get } from '@nestjs/common';
import { Public } from '../auth/auth.decorators';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthProblemDto, HealthResponseDto } from './dto/health-response.dto';
import { HealthService } from './health.service';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ operationId: 'getHealth', summary: 'Whether the API and the services it needs answer' })
  @ApiOkResponse({ type: HealthResponseDto })
  @ApiServiceUnavailableResponse({ type: HealthProblemDto, description: 'Which service is down' })
  check(): Promise<HealthResponseDto> {
    return this.health.check();
  }
}
