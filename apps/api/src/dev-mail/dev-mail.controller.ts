import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { Public } from '../auth/auth.decorators';
import {
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ProblemResponseDto } from '../common/problem/problem-response.dto';
import { CapturedMailDto, CapturedMailListDto } from './dto/captured-mail.dto';
import { DevMailAccessGuard } from './dev-mail-access.guard';
import { DevMailService } from './dev-mail.service';

@ApiTags('development')
// No session needed from this machine; from elsewhere, an administrator's (see DevMailAccessGuard).
@Public()
@UseGuards(DevMailAccessGuard)
@Controller('dev/mails')
@ApiNotFoundResponse({ type: ProblemResponseDto, description: 'Not in development, or no such mail' })
@ApiUnauthorizedResponse({
  type: ProblemResponseDto,
  description: 'From another machine than the server’s, without a session',
})
@ApiForbiddenResponse({
  type: ProblemResponseDto,
  description: 'From another machine, not as an administrator',
})
export class DevMailController {
  constructor(private readonly mails: DevMailService) {}

  @Get()
  @ApiOperation({
    operationId: 'listCapturedMails',
    summary: 'Mails caught by the local SMTP sink (development only)',
  })
  @ApiOkResponse({ type: CapturedMailListDto })
  list(): Promise<CapturedMailListDto> {
    return this.mails.list();
  }

  @Get(':id')
  @ApiOperation({
    operationId: 'getCapturedMail',
    summary: 'One captured mail with its body (development only)',
  })
  @ApiOkResponse({ type: CapturedMailDto })
  get(@Param('id') id: string): Promise<CapturedMailDto> {
    return this.mails.get(id);
  }
}
