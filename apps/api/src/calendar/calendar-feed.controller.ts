import { Controller, Delete, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor';
import { CurrentActor, Public } from '../auth/auth.decorators';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarFeedView, CreatedCalendarFeedView } from './dto/calendar-feed.dto';
import { PersonalCalendarService } from './personal-calendar.service';

/** One's own feed address, like the password: any signed-in user, no capability. */
@ApiTags('account')
@Controller('me/calendar-feed')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get()
  @ApiOperation({ operationId: 'getCalendarFeed', summary: 'Whether you have a calendar feed address' })
  @ApiOkResponse({ type: CalendarFeedView })
  status(@CurrentActor() actor: Actor): Promise<CalendarFeedView> {
    return this.feeds.status(actor);
  }

  @Post()
  @ApiOperation({
    operationId: 'createCalendarFeed',
    summary: 'A new calendar feed address (shown once); the previous one stops working',
  })
  @ApiCreatedResponse({ type: CreatedCalendarFeedView })
  create(@CurrentActor() actor: Actor): Promise<CreatedCalendarFeedView> {
    return this.feeds.create(actor);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ operationId: 'revokeCalendarFeed', summary: 'Stop your calendar feed address at once' })
  @ApiNoContentResponse()
  revoke(@CurrentActor() actor: Actor): Promise<void> {
    return this.feeds.revoke(actor);
  }
}

/**
 * The feed itself, fetched by calendar servers (Outlook, Google, Thunderbird) that have no session: the
 * secret address is the credential. GET only, so no CSRF token either.
 */
@ApiTags('account')
@Public()
@Controller('calendar')
export class CalendarFeedDocumentController {
  constructor(private readonly calendar: PersonalCalendarService) {}

  @Get(':token.ics')
  @ApiOperation({
    operationId: 'downloadCalendarFeed',
    summary: 'Your upcoming visits and due dialogue exchanges as iCalendar (RFC 5545), by secret address',
  })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ schema: { type: 'string' } })
  async document(
    @Param('token') token: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const document = await this.calendar.render(token, request.ip);
    void reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', 'inline; filename="passerelle.ics"')
      // A personal document behind a secret address: no shared cache may keep it, search engines skip it.
      .header('cache-control', 'private, no-cache')
      .header('x-robots-tag', 'noindex, nofollow');
    return document;
  }
}
