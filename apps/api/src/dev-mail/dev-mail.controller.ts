import { Controller, Get, Param } from '@nestjs/common';
import { Public } from '../auth/auth.decorators';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemResponseDto } from '../common/problem/problem-response.dto';
import { CapturedMailDto, CapturedMailListDto } from './dto/captured-mail.dto';
import { DevMailService } from './dev-mail.service';

@ApiTags('development')
@Public()
@Controller('dev/mails')
@ApiNotFoundResponse({ type: ProblemResponseDto, description: 'Not in development, or no such mail' })
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
