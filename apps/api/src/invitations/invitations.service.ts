import {
  calendarDateAt,
  DEFAULT_INTERFACE_LANGUAGE,
  interfaceLanguageOf,
  languageToWriteTo,
  type InterfaceLanguage,
} from '@passerelle/domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { isUuid } from '../common/validation/uuid';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource, In, IsNull, MoreThan, type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail';
import type { Actor } from '../auth/actor';
import { AuthService, normaliseEmail } from '../auth/auth.service';
import type { SessionResponseDto } from '../auth/dto/auth.dto';
import { PasswordHasher } from '../auth/password-hasher';
import { assertPasswordAcceptable } from '../auth/password-policy';
import { hashToken, newToken } from '../auth/tokens';
import { ProblemException } from '../common/problem/problem';
import { APP_CONFIG, type AppConfig } from '../config/app-config.token';
import { MailService, type OutgoingMail } from '../mail/mail.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PartnershipPartyEntity } from '../partnership-records/partnership-party.entity';
import { PartnershipEntity } from '../partnership-records/partnership.entity';
import { PartnershipAccess } from '../tenancy/partnership-access';
import { UserEntity } from '../users/user.entity';
import type {
  AcceptInvitationDto,
  InvitationDto,
  InvitationListDto,
  InvitationPreviewDto,
  InvitationStatus,
  InviteColleagueDto,
  InvitePartnerDto,
} from './dto/invitation.dto';
import { colleagueInvitationMail, partnerInvitationMail } from './invitation-mail';
import { InvitationEntity } from './invitation.entity';
import { PartnershipRepository, toDomainOrganisation } from '../lifecycle/partnership.repository';

const INVITATION_LIFETIME_MS = 7 * 24 * 3600 * 1000;

@Injectable()
export class InvitationsService {
  private readonly logger = new Logger(InvitationsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: PartnershipAccess,
    private readonly auth: AuthService,
    private readonly hasher: PasswordHasher,
    private readonly mail: MailService,
    private readonly audit: AuditTrail,
    private readonly repository: PartnershipRepository,
  ) {}

  /** An admin invites a colleague into their own organisation, with a role. */
  async inviteColleague(actor: Actor, input: InviteColleagueDto): Promise<InvitationDto> {
    const email = normaliseEmail(input.email);
    const token = newToken();
    const invitation = await this.dataSource.transaction(async (manager) => {
      await this.assertNoAccount(manager, email);
      await this.assertNotPending(manager, {
        email,
        kind: 'colleague',
        invitingOrganisationId: actor.organisationId,
      });
      const created = await this.insertInvitation(manager, actor, {
        tokenHash: hashToken(token),
        kind: 'colleague',
        email,
        role: input.role,
        targetOrganisationId: actor.organisationId,
        partnershipId: null,
        candidateId: null,
        proposedOrganisation: null,
      });
      return created;
    });
    const organisation = await this.dataSource.manager.findOneByOrFail(OrganisationEntity, {
      id: actor.organisationId,
    });
    // No account, hence no language yet: a colleague joins the inviter's team, in the inviter's language.
    await this.send(
      colleagueInvitationMail(email, actor.language, {
        inviterName: actor.displayName,
        organisationName: organisation.name,
        link: this.link(token),
        expiresOn: calendarDateAt(invitation.expiresAt, organisation.timeZone),
      }),
      `invitation-${invitation.id}`,
    );
    return this.describe(invitation);
  }

  /**
   * An officer invites a partner authority into a partnership. If the invitee already has an account, the
   * invitation goes to their authority's admins, who accept it in Passerelle, each in their account's language;
   * otherwise the link creates the authority with the invitee as its admin, and the mail is written in the
   * language the authority shares with the inviter, else in its own (`languageToWriteTo`).
   */
  async invitePartner(
    actor: Actor,
    partnershipId: string,
    input: InvitePartnerDto,
    candidateId: string | null = null,
  ): Promise<InvitationDto> {
    const email = normaliseEmail(input.email);
    const token = newToken();
    const { invitation, audience, partnership } = await this.dataSource.transaction(async (manager) => {
      await this.access.requireVisible(actor, partnershipId, manager);
      const partnership = await manager.findOneByOrFail(PartnershipEntity, { id: partnershipId });
      const existingUser = await this.auth.findUserByEmail(manager, email);
      const targetOrganisationId = existingUser?.organisationId ?? null;
      if (
        targetOrganisationId &&
        (await manager.existsBy(PartnershipPartyEntity, {
          partnershipId,
          organisationId: targetOrganisationId,
        }))
      ) {
        throw new ProblemException(
          'PARTNERSHIP.ALREADY_PARTY',
          'This authority is already a party to the partnership.',
        );
      }
      await this.assertNotPending(manager, { email, kind: 'partner_authority', partnershipId });
      const invitation = await this.insertInvitation(manager, actor, {
        tokenHash: hashToken(token),
        kind: 'partner_authority',
        email,
        role: 'admin',
        targetOrganisationId,
        partnershipId,
        candidateId,
        proposedOrganisation: targetOrganisationId
          ? null
          : { ...input.organisation, name: input.organisation.name.trim() },
      });
      const audience: Audience = targetOrganisationId
        ? await this.adminsOf(manager, targetOrganisationId)
        : {
            readers: [{ email, language: languageToWriteTo(input.organisation.languages, actor.language) }],
            timeZone: input.organisation.timeZone,
          };
      return { invitation, audience, partnership };
    });
    const inviterOrganisation = await this.dataSource.manager.findOneByOrFail(OrganisationEntity, {
      id: actor.organisationId,
    });
    const existingAuthority = invitation.targetOrganisationId !== null;
    for (const [language, to] of byLanguage(audience.readers)) {
      await this.send(
        partnerInvitationMail(to, language, {
          inviterName: actor.displayName,
          inviterOrganisation: inviterOrganisation.name,
          partnershipTitle: partnership.title,
          link: existingAuthority ? `${this.config.publicUrl}/invitations-partenariat` : this.link(token),
          expiresOn: calendarDateAt(invitation.expiresAt, audience.timeZone),
          existingAuthority,
        }),
        `invitation-${invitation.id}-${language}`,
      );
    }
    return this.describe(invitation, partnership.title);
  }

  /** Invitations sent by the actor's organisation, newest first. */
  async listSent(actor: Actor): Promise<InvitationListDto> {
    const invitations = await this.dataSource.manager.find(InvitationEntity, {
      where: { invitingOrganisationId: actor.organisationId },
      relations: { partnership: true, targetOrganisation: true, invitingOrganisation: true, invitedBy: true },
      order: { createdAt: 'DESC' },
      take: 200,
    });
    return { items: invitations.map((invitation) => this.describe(invitation)) };
  }

  async revoke(actor: Actor, invitationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const invitation = await this.lockInvitation(manager, invitationId, {
        invitingOrganisationId: actor.organisationId,
      });
      assertPending(invitation);
      invitation.revokedAt = new Date();
      await manager.save(invitation);
      await this.audit.record(manager, {
        actor,
        entityType: 'invitation',
        entityId: invitation.id,
        action: 'invitation.revoked',
        before: { status: 'pending' },
        after: { status: 'revoked' },
      });
    });
  }

  /** Partnership invitations addressed to the actor's (existing) authority and still open. */
  async listReceived(actor: Actor): Promise<InvitationListDto> {
    const invitations = await this.dataSource.manager.find(InvitationEntity, {
      where: {
        kind: 'partner_authority',
        targetOrganisationId: actor.organisationId,
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      },
      relations: { partnership: true, invitingOrganisation: true, invitedBy: true, targetOrganisation: true },
      order: { createdAt: 'DESC' },
    });
    return { items: invitations.map((invitation) => this.describe(invitation)) };
  }

  /** An admin of an existing authority accepts: the authority becomes a party. */
  async acceptForOrganisation(actor: Actor, invitationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const invitation = await this.lockInvitation(manager, invitationId, {
        kind: 'partner_authority',
        targetOrganisationId: actor.organisationId,
      });
      assertPending(invitation);
      await this.joinPartnership(manager, invitation, actor.organisationId, actor.userId);
      await this.audit.record(manager, {
        actor,
        entityType: 'invitation',
        entityId: invitation.id,
        action: 'invitation.accepted',
        after: { partnershipId: invitation.partnershipId },
      });
    });
  }

  /** What a link shows before acceptance; a used, expired or withdrawn link says so. */
  async preview(token: string): Promise<InvitationPreviewDto> {
    const invitation = await this.dataSource.manager.findOne(InvitationEntity, {
      where: { tokenHash: hashToken(token) },
      relations: { invitingOrganisation: true, invitedBy: true, partnership: true, targetOrganisation: true },
    });
    if (!invitation || !this.acceptableByLink(invitation)) throw invitationNotFound();
    assertPending(invitation);
    return {
      kind: invitation.kind,
      email: invitation.email,
      role: invitation.role,
      organisationName: invitation.targetOrganisation?.name ?? invitation.proposedOrganisation?.name ?? '',
      invitedBy: invitation.invitedBy?.displayName ?? '',
      invitingOrganisationName: invitation.invitingOrganisation?.name ?? '',
      partnershipTitle: invitation.partnership?.title ?? null,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  /**
   * Accepts a link: creates the account (and, for a new partner authority, the authority and its party
   * membership), marks the link used and signs the new user in — all in one transaction, the invitation
   * row locked so that a link clicked twice at once is used once.
   */
  async acceptByLink(
    token: string,
    input: AcceptInvitationDto,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<SessionResponseDto> {
    const passwordHash = await this.hasher.hash(input.password);
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(InvitationEntity, {
        where: { tokenHash: hashToken(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation || !this.acceptableByLink(invitation)) throw invitationNotFound();
      assertPending(invitation);
      await this.assertNoAccount(manager, invitation.email);
      assertPasswordAcceptable(
        input.password,
        { email: invitation.email, organisationName: await this.organisationNameOf(manager, invitation) },
        'password',
      );
      const organisationId =
        invitation.targetOrganisationId ?? (await this.createProposedOrganisation(manager, invitation));
      const user = await manager.save(
        manager.create(UserEntity, {
          organisationId,
          email: invitation.email,
          displayName: input.displayName.trim(),
          role: invitation.role,
          passwordHash,
          disabledAt: null,
          preferredLanguage: input.language ?? DEFAULT_INTERFACE_LANGUAGE,
        }),
      );
      const actor = { userId: user.id, organisationId };
      await this.audit.record(manager, {
        actor,
        entityType: 'user',
        entityId: user.id,
        action: 'user.created',
        after: { email: user.email, displayName: user.displayName, role: user.role },
      });
      if (invitation.kind === 'partner_authority')
        await this.joinPartnership(manager, invitation, organisationId, user.id);
      else await this.markAccepted(manager, invitation, user.id);
      await this.audit.record(manager, {
        actor,
        entityType: 'invitation',
        entityId: invitation.id,
        action: 'invitation.accepted',
      });
      return this.auth.signIn(manager, user, request, reply);
    });
  }

  /** The name of the authority the new account will belong to: an existing one, or the one proposed. */
  private async organisationNameOf(manager: EntityManager, invitation: InvitationEntity): Promise<string> {
    if (!invitation.targetOrganisationId) return invitation.proposedOrganisation?.name ?? '';
    const target = await manager.findOneByOrFail(OrganisationEntity, { id: invitation.targetOrganisationId });
    return target.name;
  }

  private async createProposedOrganisation(
    manager: EntityManager,
    invitation: InvitationEntity,
  ): Promise<string> {
    const proposed = invitation.proposedOrganisation;
    if (!proposed)
      throw new Error(`invitation ${invitation.id} has neither target nor proposed organisation`);
    const organisation = await manager.save(
      manager.create(OrganisationEntity, {
        name: proposed.name,
        kind: proposed.kind,
        countryCode: proposed.countryCode,
        languages: proposed.languages,
        timeZone: proposed.timeZone,
        population: null,
      }),
    );
    await this.audit.record(manager, {
      organisationId: organisation.id,
      entityType: 'organisation',
      entityId: organisation.id,
      action: 'organisation.created',
      after: { name: organisation.name, countryCode: organisation.countryCode, kind: organisation.kind },
    });
    return organisation.id;
  }

  /** Adds the organisation as a partner and tells the inviting organisation's trail. */
  private async joinPartnership(
    manager: EntityManager,
    invitation: InvitationEntity,
    organisationId: string,
    userId: string,
  ): Promise<void> {
    const partnershipId = invitation.partnershipId;
    if (!partnershipId) throw new Error(`partner invitation ${invitation.id} has no partnership`);
    if (await manager.existsBy(PartnershipPartyEntity, { partnershipId, organisationId })) {
      throw new ProblemException(
        'PARTNERSHIP.ALREADY_PARTY',
        'This authority is already a party to the partnership.',
      );
    }
    if (invitation.candidateId)
      await this.acceptCandidate(manager, invitation, partnershipId, organisationId, userId);
    await manager.insert(PartnershipPartyEntity, { partnershipId, organisationId, role: 'partner' });
    invitation.targetOrganisationId = organisationId;
    await this.markAccepted(manager, invitation, userId);
    for (const trailOf of [organisationId, invitation.invitingOrganisationId]) {
      await this.audit.record(manager, {
        actor: trailOf === organisationId ? { userId, organisationId } : undefined,
        organisationId: trailOf,
        entityType: 'partnership',
        entityId: partnershipId,
        action: 'partnership.party_added',
        after: { organisationId, role: 'partner' },
      });
    }
  }

  /**
   * The invitation came from the partner search: the lifecycle model accepts the candidate (and checks it
   * still may) before the authority is added as a party.
   */
  private async acceptCandidate(
    manager: EntityManager,
    invitation: InvitationEntity,
    partnershipId: string,
    organisationId: string,
    userId: string,
  ): Promise<void> {
    const organisation = toDomainOrganisation(
      await manager.findOneByOrFail(OrganisationEntity, { id: organisationId }),
    );
    await this.repository.execute(manager, partnershipId, {
      type: 'AdvanceCandidate',
      candidateId: invitation.candidateId!,
      to: 'accepted',
      nextStep: null,
      nextStepOn: null,
      organisation,
    });
    await this.audit.record(manager, {
      actor: { userId, organisationId },
      entityType: 'partnership',
      entityId: partnershipId,
      action: 'lifecycle.CandidateAdvanced',
      after: { candidateId: invitation.candidateId, to: 'accepted' },
    });
  }

  private async markAccepted(
    manager: EntityManager,
    invitation: InvitationEntity,
    userId: string,
  ): Promise<void> {
    invitation.acceptedAt = new Date();
    invitation.acceptedByUserId = userId;
    await manager.save(invitation);
  }

  /** Links accept colleague invitations and invitations that create a new authority; never an existing one. */
  private acceptableByLink(invitation: InvitationEntity): boolean {
    return invitation.kind === 'colleague' || invitation.proposedOrganisation !== null;
  }

  private async insertInvitation(
    manager: EntityManager,
    actor: Actor,
    fields: Pick<
      InvitationEntity,
      | 'tokenHash'
      | 'kind'
      | 'email'
      | 'role'
      | 'targetOrganisationId'
      | 'partnershipId'
      | 'candidateId'
      | 'proposedOrganisation'
    >,
  ): Promise<InvitationEntity> {
    const invitation = await manager.save(
      manager.create(InvitationEntity, {
        ...fields,
        invitingOrganisationId: actor.organisationId,
        invitedByUserId: actor.userId,
        expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
        acceptedAt: null,
        acceptedByUserId: null,
        revokedAt: null,
      }),
    );
    await this.audit.record(manager, {
      actor,
      entityType: 'invitation',
      entityId: invitation.id,
      action: 'invitation.created',
      after: {
        kind: invitation.kind,
        email: invitation.email,
        role: invitation.role,
        partnershipId: invitation.partnershipId,
      },
    });
    return invitation;
  }

  private async assertNoAccount(manager: EntityManager, email: string): Promise<void> {
    if (await this.auth.findUserByEmail(manager, email)) {
      throw new ProblemException(
        'INVITATION.EMAIL_ALREADY_REGISTERED',
        'This e-mail address already has an account.',
      );
    }
  }

  private async assertNotPending(
    manager: EntityManager,
    where: Pick<InvitationEntity, 'email' | 'kind'> & {
      invitingOrganisationId?: string;
      partnershipId?: string;
    },
  ): Promise<void> {
    const pending = await manager.existsBy(InvitationEntity, {
      ...where,
      acceptedAt: IsNull(),
      revokedAt: IsNull(),
      expiresAt: MoreThan(new Date()),
    });
    if (pending) {
      throw new ProblemException(
        'INVITATION.ALREADY_PENDING',
        'An invitation to this address is already pending.',
      );
    }
  }

  private async lockInvitation(
    manager: EntityManager,
    invitationId: string,
    scope: {
      invitingOrganisationId?: string;
      targetOrganisationId?: string;
      kind?: InvitationEntity['kind'];
    },
  ): Promise<InvitationEntity> {
    const invitation = isUuid(invitationId)
      ? await manager.findOne(InvitationEntity, {
          where: { id: invitationId, ...scope },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!invitation) throw invitationNotFound();
    return invitation;
  }

  /** An existing authority's active admins, each with their account's language, and its time zone. */
  private async adminsOf(manager: EntityManager, organisationId: string): Promise<Audience> {
    const admins = await manager.find(UserEntity, {
      where: { organisationId, role: In(['admin']), disabledAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
    const organisation = await manager.findOneByOrFail(OrganisationEntity, { id: organisationId });
    return {
      readers: admins.map((admin) => ({
        email: admin.email,
        language: interfaceLanguageOf(admin.preferredLanguage),
      })),
      timeZone: organisation.timeZone,
    };
  }

  private link(token: string): string {
    return `${this.config.publicUrl}/invitation/${token}`;
  }

  /**
   * Mail is queued after the invitation is committed: a rolled-back invitation never sends a dead link.
   * If queueing fails the invitation stands and the admin can withdraw it and invite again.
   */
  private async send(mail: OutgoingMail, deduplicationKey: string): Promise<void> {
    try {
      await this.mail.enqueue(mail, deduplicationKey);
    } catch (error) {
      this.logger.error({ err: error, deduplicationKey }, 'could not queue the invitation mail');
    }
  }

  private describe(invitation: InvitationEntity, partnershipTitle?: string): InvitationDto {
    return {
      id: invitation.id,
      kind: invitation.kind,
      email: invitation.email,
      role: invitation.role,
      status: statusOf(invitation),
      partnershipId: invitation.partnershipId,
      partnershipTitle: partnershipTitle ?? invitation.partnership?.title ?? null,
      organisationName: invitation.targetOrganisation?.name ?? invitation.proposedOrganisation?.name ?? null,
      invitingOrganisationName: invitation.invitingOrganisation?.name ?? '',
      invitedBy: invitation.invitedBy?.displayName ?? '',
      expiresAt: invitation.expiresAt.toISOString(),
      createdAt: invitation.createdAt.toISOString(),
    };
  }
}

/** Who an invitation mail goes to, each in their language, and the time zone its expiry day is read in. */
interface Audience {
  readers: Array<{ email: string; language: InterfaceLanguage }>;
  timeZone: string;
}

/** The readers grouped by language, in order of first appearance: one mail per language. */
function byLanguage(readers: Audience['readers']): Map<InterfaceLanguage, string[]> {
  const groups = new Map<InterfaceLanguage, string[]>();
  for (const reader of readers)
    groups.set(reader.language, [...(groups.get(reader.language) ?? []), reader.email]);
  return groups;
}

function statusOf(invitation: InvitationEntity, now = new Date()): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  if (invitation.expiresAt <= now) return 'expired';
  return 'pending';
}

function assertPending(invitation: InvitationEntity): void {
  switch (statusOf(invitation)) {
    case 'pending':
      return;
    case 'accepted':
      throw new ProblemException('INVITATION.ALREADY_USED', 'This invitation has already been used.');
    case 'revoked':
      throw new ProblemException('INVITATION.REVOKED', 'This invitation was withdrawn.');
    case 'expired':
      throw new ProblemException('INVITATION.EXPIRED', 'This invitation has expired: ask for a new one.');
  }
}

function invitationNotFound(): ProblemException {
  return new ProblemException('INVITATION.NOT_FOUND', 'No such invitation: check the link.');
}
