import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/auth.decorators';
import {
  NotificationPageView,
  NotificationQueryDto,
  NotificationView,
  UnreadNotificationCountView,
} from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

/** Every signed-in user has an inbox: no capability needed, and only one's own notifications exist. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({
    operationId: 'listNotifications',
    summary: 'Your in-app notifications (delivered reminders), newest first',
  })
  @ApiOkResponse({ type: NotificationPageView })
  list(@CurrentActor() actor: Actor, @Query() query: NotificationQueryDto): Promise<NotificationPageView> {
    return this.notifications.page(actor, query);
  }

  @Get('unread-count')
  @ApiOperation({
    operationId: 'countUnreadNotifications',
    summary: 'How many of your notifications are unread',
  })
  @ApiOkResponse({ type: UnreadNotificationCountView })
  unreadCount(@CurrentActor() actor: Actor): Promise<UnreadNotificationCountView> {
    return this.notifications.unreadCount(actor);
  }

  @Post('read-all')
  @HttpCode(204)
  @ApiOperation({ operationId: 'markAllNotificationsRead', summary: 'Mark all your notifications read' })
  @ApiNoContentResponse()
  markAllRead(@CurrentActor() actor: Actor): Promise<void> {
    return this.notifications.markAllRead(actor);
  }

  @Post(':notificationId/read')
  @HttpCode(200)
  @ApiOperation({ operationId: 'markNotificationRead', summary: 'Mark one of your notifications read' })
  @ApiOkResponse({ type: NotificationView })
  markRead(
    @CurrentActor() actor: Actor,
    @Param('notificationId') notificationId: string,
  ): Promise<NotificationView> {
    return this.notifications.markRead(actor, notificationId);
  }
}
