import { interfaceLanguageOf } from '@passerelle/domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PartnershipSnapshot } from '@passerelle/domain';
import { DataSource, In, IsNull } from 'typeorm';
import type { Actor } from '../auth/actor';
import { APP_CONFIG, type AppConfig } from '../config/app-config.token';
import { MailService } from '../mail/mail.service';
import { UserEntity } from '../users/user.entity';
import { statusNoticeMail, type StatusNotice, type StatusNoticeKind } from './status-notice-mail';

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
    const organisation = snapshot.organisations.find((candidate) => candidate.id === actor.organisationId);
    await this.notify(snapshot, revision, kind, {
      excludedOrganisationId: actor.organisationId,
      decidedBy: actor.displayName,
      decidedByOrganisation: organisation?.name ?? '',
    });
  }

  /**
   * Tells every party that the notice is over and the partnership ended (the daily job: no actor). The
   * decision was the proposer's, so it is named as the decider.
   */
  async notifyEveryParty(snapshot: PartnershipSnapshot, revision: number): Promise<void> {
    const proposer = snapshot.partnership.rupture?.proposedBy;
    const organisation = snapshot.organisations.find((candidate) => candidate.id === proposer);
    await this.notify(snapshot, revision, 'partnership_terminated', {
      excludedOrganisationId: null,
      decidedBy: snapshot.partnership.rupture?.deliberation?.body ?? '',
      decidedByOrganisation: organisation?.name ?? '',
    });
  }

  private async notify(
    snapshot: PartnershipSnapshot,
    revision: number,
    kind: StatusNoticeKind,
    from: { excludedOrganisationId: string | null; decidedBy: string; decidedByOrganisation: string },
  ): Promise<void> {
    const partnershipId = snapshot.partnership.id;
    const parties = snapshot.partnership.parties
      .map((party) => party.organisationId)
      .filter((organisationId) => organisationId !== from.excludedOrganisationId);
    if (parties.length === 0) return;
    const recipients = await this.dataSource.manager.find(UserEntity, {
      where: { organisationId: In(parties), disabledAt: IsNull(), role: In([...NOTIFIED_ROLES]) },
      order: { createdAt: 'ASC' },
    });
    const notice = this.noticeOf(snapshot, kind, from);
    for (const recipient of recipients) {
      const mail = statusNoticeMail(
        recipient.email,
        interfaceLanguageOf(recipient.preferredLanguage),
        notice,
      );
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

  private noticeOf(
    snapshot: PartnershipSnapshot,
    kind: StatusNoticeKind,
    from: { decidedBy: string; decidedByOrganisation: string },
  ): StatusNotice {
    const decided = decisionOf(snapshot, kind);
    const deliberation = kind === 'rupture_decided' ? snapshot.partnership.rupture?.deliberation : null;
    return {
      kind,
      partnershipTitle: snapshot.partnership.name,
      decidedBy: from.decidedBy,
      decidedByOrganisation: from.decidedByOrganisation,
      reason: decided?.reason ?? '',
      since: decided?.since ?? null,
      noticeGivenOn: decided?.noticeGivenOn ?? null,
      effectiveOn: decided?.effectiveOn ?? null,
      deliberation: deliberation
        ? { body: deliberation.body, reference: deliberation.reference, adoptedOn: deliberation.adoptedOn }
        : null,
      // The web app's page of the partnership (its routes are French).
      link: `${this.config.publicUrl}/partenariats/${snapshot.partnership.id}`,
    };
  }
}

/** What a notice tells of the decision: its reason and dates. */
interface NoticeDecision {
  reason: string;
  since?: string | null;
  noticeGivenOn?: string | null;
  effectiveOn?: string | null;
}

function decisionOf(snapshot: PartnershipSnapshot, kind: StatusNoticeKind): NoticeDecision | null {
  const rupture = snapshot.partnership.rupture;
  switch (kind) {
    case 'partnership_suspended':
      return snapshot.partnership.suspension;
    case 'partnership_terminated':
      return snapshot.partnership.termination;
    case 'convention_suspended':
      return snapshot.convention?.suspension ?? null;
    case 'convention_terminated':
      return snapshot.convention?.termination ?? null;
    case 'rupture_proposed':
    case 'rupture_decided':
      return rupture;
    case 'rupture_answered':
      return rupture ? { reason: rupture.responses[rupture.responses.length - 1]?.text ?? '' } : null;
    case 'rupture_withdrawn':
      return rupture?.withdrawal ?? null;
    default: {
      const unknown: never = kind;
      throw new Error(`unknown status notice ${String(unknown)}`);
    }
  }
}
