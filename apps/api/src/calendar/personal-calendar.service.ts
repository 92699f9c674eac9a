import { interfaceLanguageOf } from '@passerelle/domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { Actor } from '../auth/actor';
import { hashToken } from '../auth/tokens';
import { CLOCK, type Clock } from '../common/clock/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config.token';
import { ProblemException } from '../common/problem/problem';
import { PartnershipRepository } from '../lifecycle/partnership.repository';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PartnershipAccess } from '../tenancy/partnership-access';
import type { UserRole } from '../users/user-role';
import { UserEntity } from '../users/user.entity';
import { CalendarFeedEntity } from './calendar-feed.entity';
import { CalendarFeedThrottle } from './calendar-feed-throttle';
import { serializeCalendar } from './ical';
import { buildPersonalCalendar } from './personal-calendar';

/** What `newToken()` makes: 32 random bytes in base64url. Anything else is not looked up at all. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Renders a personal feed for whoever holds its address (a calendar server has no session): the same
 * partnerships the user sees when signed in, only the active ones. An unknown, revoked or disabled user's
 * feed is "not found", with no hint which.
 */
@Injectable()
export class PersonalCalendarService {
  private readonly logger = new Logger(PersonalCalendarService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PartnershipAccess,
    private readonly partnerships: PartnershipRepository,
    private readonly throttle: CalendarFeedThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The feed as an iCalendar document. `clientAddress` only feeds the throttle of unknown addresses. */
  async render(token: string, clientAddress: string): Promise<string> {
    await this.throttle.assertAllowed(clientAddress);
    const owner = await this.ownerOf(token);
    if (!owner) {
      await this.throttle.registerMiss(clientAddress);
      throw new ProblemException(
        'CALENDAR_FEED.NOT_FOUND',
        'No such calendar feed: it may have been replaced.',
      );
    }
    const { feed, user } = owner;
    const organisation = await this.dataSource.manager.findOneByOrFail(OrganisationEntity, {
      id: user.organisationId,
    });
    const partnerships = await this.activePartnershipsOf(user);
    const calendar = buildPersonalCalendar({
      organisationId: organisation.id,
      organisationName: organisation.name,
      language: interfaceLanguageOf(user.preferredLanguage),
      publicUrl: this.config.publicUrl,
      partnerships,
      // The injectable clock, so that a spec can look at the feed at an instant of its choosing.
      now: this.clock.now(),
    });
    // The feed's id, never its token: the token is the credential.
    this.logger.log(
      { feedId: feed.id, userId: user.id, events: calendar.events.length },
      'calendar feed served',
    );
    return serializeCalendar(calendar);
  }

  private async ownerOf(token: string): Promise<{ feed: CalendarFeedEntity; user: UserEntity } | null> {
    if (!TOKEN_PATTERN.test(token)) return null;
    const feed = await this.dataSource.manager.findOneBy(CalendarFeedEntity, {
      tokenHash: hashToken(token),
      revokedAt: IsNull(),
    });
    if (!feed) return null;
    const user = await this.dataSource.manager.findOneBy(UserEntity, { id: feed.userId });
    return user && !user.disabledAt ? { feed, user } : null;
  }

  private async activePartnershipsOf(user: UserEntity) {
    const ids = await this.access
      .visiblePartnerships(feedOwnerAsActor(user))
      .andWhere('partnership.status = :status', { status: 'active' })
      .select('partnership.id', 'id')
      .getRawMany<{ id: string }>();
    return this.partnerships.loadManyAsTheyStand(
      this.dataSource.manager,
      ids.map((row) => row.id),
    );
  }
}

/**
 * The feed shows what its owner would see signed in, so the one rule of who sees which partnership
 * (PartnershipAccess) applies to them as an actor; there is no session behind it.
 */
function feedOwnerAsActor(user: UserEntity): Actor {
  return {
    userId: user.id,
    organisationId: user.organisationId,
    role: user.role as UserRole,
    email: user.email,
    displayName: user.displayName,
    language: interfaceLanguageOf(user.preferredLanguage),
    sessionId: '',
  };
}
