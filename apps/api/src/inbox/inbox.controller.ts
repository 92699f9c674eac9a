import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { InboxCountView, InboxView } from './dto/inbox.dto';
import { InboxService } from './inbox.service';

/** Every signed-in person has an inbox (empty for roles that are asked nothing): no capability needed. */
@ApiTags('inbox')
@Controller('inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @ApiOperation({
    operationId: 'getInbox',
    summary:
      'What waits for you across your authority’s partnerships: why, since when, by when, where to act',
  })
  @ApiOkResponse({ type: InboxView })
  view(@CurrentActor() actor: Actor): Promise<InboxView> {
    return this.inbox.view(actor);
  }

  @Get('count')
  @ApiOperation({ operationId: 'countInbox', summary: 'How many things wait for you' })
  @ApiOkResponse({ type: InboxCountView })
  count(@CurrentActor() actor: Actor): Promise<InboxCountView> {
    return this.inbox.count(actor);
  }
}
