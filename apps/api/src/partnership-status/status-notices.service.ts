import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PartnershipSnapshot, Suspension, Termination } from '@passerelle/domain';
import { DataSource, In, IsNull } from 'typeorm';
import type { Actor } from '../auth/actor';
import { APP_CONFIG, type AppConfig } from '../config/app-config.token';
import { MailService } from '../mail/mail.service';
import { UserEntity } from '../users/user.entity';
import {
  noticeLanguageOf,
  statusNoticeMail,
  type StatusNotice,
  type StatusNoticeKind,
} from './status-notice-mail';

/** Roles that act for a party in a partnership, hence must hear when it is suspended or ended. */
const NOTIFIED_ROLES = ['admin', 'officer', 'elected'] as const;

/**
 * Tells the other parties when one party suspends or ends the partnership or its convention: one mail per
 * active admin, officer and elected official of each other party, in their preferred language.
 */
@Injectable()
export class StatusNoticesService {
  private readonly logger = new Logger(StatusNoticesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
  ) {}

  /**
   * Called once the command is committed, with the state it produced: the mail never announces a change
   * that was rolled back. `revision` (the partnership's after the change, which counts every change) names the event, so that the
   * same event is mailed once per recipient whatever happens (the dedup key becomes the job id).
   */
  async notifyOtherParties(
    actor: Actor,
    snapshot: PartnershipSnapshot,
    revision: number,
    kind: StatusNoticeKind,
  ): Promise<void> {
    const partnershipId = snapshot.partnership.id;
    const otherParties = snapshot.partnership.parties
      .map((party) => party.organisationId)
      .filter((organisationId) => organisationId !== actor.organisationId);
    if (otherParties.length === 0) return;
    const recipients = await this.dataSource.manager.find(UserEntity, {
      where: { organisationId: In(otherParties), disabledAt: IsNull(), role: In([...NOTIFIED_ROLES]) },
      order: { createdAt: 'ASC' },
    });
    const notice = this.noticeOf(actor, snapshot, kind);
    for (const recipient of recipients) {
      const mail = statusNoticeMail(recipient.email, noticeLanguageOf(recipient.preferredLanguage), notice);
      try {
        await this.mail.enqueue(mail, `${kind}:${partnershipId}:${revision}:${recipient.id}`);
      } catch (error) {
        // The decision stands (it is committed and in the audit trail); the mail is what failed.
        this.logger.error(
          { err: error, partnershipId, kind, revision, recipientId: recipient.id },
          'could not queue a partnership status notice',
        );
      }
    }
  }

  private noticeOf(actor: Actor, snapshot: PartnershipSnapshot, kind: StatusNoticeKind): StatusNotice {
    const decided = decisionOf(snapshot, kind);
    const organisation = snapshot.organisations.find((candidate) => candidate.id === actor.organisationId);
    return {
      kind,
      partnershipTitle: snapshot.partnership.name,
      decidedBy: actor.displayName,
      decidedByOrganisation: organisation?.name ?? '',
      reason: decided?.reason ?? '',
      since: decided && 'since' in decided ? decided.since : null,
      noticeGivenOn: decided && 'noticeGivenOn' in decided ? decided.noticeGivenOn : null,
      effectiveOn: decided && 'effectiveOn' in decided ? decided.effectiveOn : null,
      // The web app's page of the partnership (its routes are French).
      link: `${this.config.publicUrl}/partenariats/${snapshot.partnership.id}`,
    };
  }
}

function decisionOf(snapshot: PartnershipSnapshot, kind: StatusNoticeKind): Suspension | Termination | null {
  switch (kind) {
    case 'partnership_suspended':
      return snapshot.partnership.suspension;
    case 'partnership_terminated':
      return snapshot.partnership.termination;
    case 'convention_suspended':
      return snapshot.convention?.suspension ?? null;
    case 'convention_terminated':
      return snapshot.convention?.termination ?? null;
    default: {
      const unknown: never = kind;
      throw new Error(`unknown status notice ${String(unknown)}`);
    }
  }
}
