import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CalendarFeedController, CalendarFeedDocumentController } from './calendar-feed.controller';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarFeedThrottle } from './calendar-feed-throttle';
import { PersonalCalendarService } from './personal-calendar.service';

/** Personal iCalendar feeds: the secret address each user manages, and the feed served at it. */
@Module({
  imports: [AuditModule],
  controllers: [CalendarFeedController, CalendarFeedDocumentController],
  providers: [CalendarFeedService, PersonalCalendarService, CalendarFeedThrottle],
})
export class CalendarModule {}
