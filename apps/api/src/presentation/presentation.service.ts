import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { presentationCompleteness, type PartnershipSnapshot } from '@passerelle/domain';
import { DataSource, IsNull } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail';
import type { Actor } from '../auth/actor';
import { hashToken, newToken } from '../auth/tokens';
import { ProblemException } from '../common/problem/problem';
import { isUuid } from '../common/validation/uuid';
import { APP_CONFIG, type AppConfig } from '../config/app-config.token';
import { LifecycleCommands } from '../lifecycle/lifecycle-commands';
import { PartnershipRepository, type CommandOutcome } from '../lifecycle/partnership.repository';
import { OrganisationEntity } from '../organisations/organisation.entity';
import type {
  CreatedShareLinkView,
  CreateShareLinkDto,
  PresentationLanguage,
  PresentationView,
  SharedPresentationView,
  ShareLinkListView,
  ShareLinkView,
} from './dto/presentation.dto';
import { renderPresentationPdf } from './presentation-pdf';
import { PresentationShareLinkEntity } from './presentation-share-link.entity';
import { draftFromCommitment, emptySections, hasAnyText, type SectionTexts } from './presentation-text';
import { versionOfRecord } from '../lifecycle/part-versions';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Step 3, presenting oneself: each party's presentation (French main text, English translation; written by
 * `UpdatePresentation`), its PDF, and read-only share links for candidates who have no account.
 */
@Injectable()
export class PresentationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly lifecycle: LifecycleCommands,
    private readonly repository: PartnershipRepository,
    private readonly audit: AuditTrail,
  ) {}

  async view(actor: Actor, partnershipId: string): Promise<PresentationView> {
    const { snapshot, versions } = await this.lifecycle.read(actor, partnershipId);
    return toView(
      snapshot,
      versionOfRecord(versions, 'presentations', actor.organisationId),
      actor.organisationId,
    );
  }

  /** The actor's presentation as a write left it: the view its handler answers with. */
  viewAfter(outcome: CommandOutcome, actor: Actor): PresentationView {
    return toView(outcome.snapshot, outcome.version, actor.organisationId);
  }

  async pdf(actor: Actor, partnershipId: string, language: PresentationLanguage): Promise<Buffer> {
    const { snapshot } = await this.lifecycle.read(actor, partnershipId);
    assertWrittenIn(snapshot, actor.organisationId, language);
    return this.renderFor(snapshot, actor.organisationId, language);
  }

  async createShareLink(
    actor: Actor,
    partnershipId: string,
    input: CreateShareLinkDto,
  ): Promise<CreatedShareLinkView> {
    const token = newToken();
    const link = await this.dataSource.transaction(async (manager) => {
      const { snapshot } = await this.lifecycle.read(actor, partnershipId);
      assertWrittenIn(snapshot, actor.organisationId, input.language as PresentationLanguage);
      const saved = await manager.save(
        manager.create(PresentationShareLinkEntity, {
          tokenHash: hashToken(token),
          partnershipId,
          ownerOrganisationId: actor.organisationId,
          language: input.language,
          createdByUserId: actor.userId,
          expiresAt: new Date(Date.now() + input.expiresInDays * DAY_MS),
          revokedAt: null,
        }),
      );
      await this.audit.record(manager, {
        actor,
        entityType: 'presentation_share_link',
        entityId: saved.id,
        action: 'share_link.created',
        after: { partnershipId, language: saved.language, expiresAt: saved.expiresAt },
      });
      return saved;
    });
    return { ...toLinkView(link), url: `${this.config.publicUrl}/presentation-partagee/${token}` };
  }

  async listShareLinks(actor: Actor, partnershipId: string): Promise<ShareLinkListView> {
    await this.lifecycle.read(actor, partnershipId);
    const links = await this.dataSource.manager.find(PresentationShareLinkEntity, {
      where: { partnershipId, ownerOrganisationId: actor.organisationId },
      order: { createdAt: 'DESC' },
      take: 100,
    });
    return { items: links.map(toLinkView) };
  }

  async revokeShareLink(actor: Actor, partnershipId: string, linkId: string): Promise<void> {
    await this.lifecycle.read(actor, partnershipId);
    await this.dataSource.transaction(async (manager) => {
      const link = isUuid(linkId)
        ? await manager.findOneBy(PresentationShareLinkEntity, {
            id: linkId,
            partnershipId,
            ownerOrganisationId: actor.organisationId,
            revokedAt: IsNull(),
          })
        : null;
      if (!link) throw new ProblemException('RESOURCE.NOT_FOUND', `No active share link ${linkId}.`);
      link.revokedAt = new Date();
      await manager.save(link);
      await this.audit.record(manager, {
        actor,
        entityType: 'presentation_share_link',
        entityId: link.id,
        action: 'share_link.revoked',
        after: { revokedAt: link.revokedAt },
      });
    });
  }

  /** What a share link shows, to anyone holding it: this presentation and nothing else. */
  async shared(token: string): Promise<SharedPresentationView> {
    const { link, snapshot } = await this.resolveLink(token);
    const organisation = await this.dataSource.manager.findOneByOrFail(OrganisationEntity, {
      id: link.ownerOrganisationId,
    });
    return {
      organisationName: organisation.name,
      countryCode: organisation.countryCode,
      language: link.language,
      sections: sectionsOf(snapshot, link.ownerOrganisationId, link.language as PresentationLanguage),
      expiresAt: link.expiresAt.toISOString(),
    };
  }

  async sharedPdf(token: string): Promise<Buffer> {
    const { link, snapshot } = await this.resolveLink(token);
    return this.renderFor(snapshot, link.ownerOrganisationId, link.language as PresentationLanguage);
  }

  private async resolveLink(
    token: string,
  ): Promise<{ link: PresentationShareLinkEntity; snapshot: PartnershipSnapshot }> {
    const link = await this.dataSource.manager.findOneBy(PresentationShareLinkEntity, {
      tokenHash: hashToken(token),
    });
    if (!link)
      throw new ProblemException('SHARE_LINK.NOT_FOUND', 'No such shared presentation: check the link.');
    if (link.revokedAt)
      throw new ProblemException(
        'SHARE_LINK.REVOKED',
        'This shared presentation was withdrawn by its author.',
      );
    if (link.expiresAt <= new Date())
      throw new ProblemException('SHARE_LINK.EXPIRED', 'This shared presentation has expired.');
    const { snapshot } = await this.repository.load(this.dataSource.manager, link.partnershipId);
    return { link, snapshot };
  }

  private async renderFor(
    snapshot: PartnershipSnapshot,
    partyId: string,
    language: PresentationLanguage,
  ): Promise<Buffer> {
    const organisation = snapshot.organisations.find((candidate) => candidate.id === partyId);
    return renderPresentationPdf({
      organisationName: organisation?.name ?? '',
      countryCode: organisation?.country ?? '',
      language,
      sections: sectionsOf(snapshot, partyId, language),
      now: new Date(),
    });
  }
}

/** A PDF or a share link in a language the presentation has no text in would be a blank page: refused. */
function assertWrittenIn(
  snapshot: PartnershipSnapshot,
  partyId: string,
  language: PresentationLanguage,
): void {
  if (hasAnyText(sectionsOf(snapshot, partyId, language))) return;
  throw new ProblemException(
    'PRESENTATION.NO_TEXT_IN_LANGUAGE',
    'The presentation has no text in this language yet: write it before printing or sharing it.',
    { language },
  );
}

function sectionsOf(
  snapshot: PartnershipSnapshot,
  partyId: string,
  language: PresentationLanguage,
): SectionTexts {
  const presentation = snapshot.presentations.find((candidate) => candidate.partyId === partyId);
  const stored = language === 'fr' ? presentation?.sections : presentation?.translations?.en;
  return { ...emptySections(), ...stored };
}

function toView(snapshot: PartnershipSnapshot, version: number, partyId: string): PresentationView {
  const presentation = snapshot.presentations.find((candidate) => candidate.partyId === partyId);
  return {
    version,
    organisationName: snapshot.organisations.find((organisation) => organisation.id === partyId)?.name ?? '',
    fr: sectionsOf(snapshot, partyId, 'fr'),
    en: sectionsOf(snapshot, partyId, 'en'),
    draft: draftFromCommitment(snapshot, partyId, 'fr'),
    missing: [...presentationCompleteness(partyId, presentation).missing],
  };
}

function toLinkView(link: PresentationShareLinkEntity): ShareLinkView {
  return {
    id: link.id,
    language: link.language,
    expiresAt: link.expiresAt.toISOString(),
    revokedAt: link.revokedAt?.toISOString() ?? null,
    createdAt: link.createdAt.toISOString(),
  };
}
