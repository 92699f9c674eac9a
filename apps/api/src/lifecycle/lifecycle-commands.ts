import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PartnershipCommand, PartnershipSnapshot } from '@passerelle/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail';
import type { Actor } from '../auth/actor';
import { PartnershipAccess } from '../tenancy/partnership-access';
import { PartnershipRepository, type CommandOutcome } from './partnership.repository';

/**
 * The one way the API changes a partnership's lifecycle: check that the actor may see it, let the domain
 * decide, store the result under the version check and record each domain event in the audit trail — in
 * one transaction.
 */
@Injectable()
export class LifecycleCommands {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PartnershipAccess,
    private readonly repository: PartnershipRepository,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * `buildCommand` sees the current snapshot, so that it can refuse (with a problem) what the actor's
   * party may not touch before the domain is asked; it gets the transaction for records it must write
   * alongside.
   */
  run(
    actor: Actor,
    partnershipId: string,
    buildCommand: (
      snapshot: PartnershipSnapshot,
      manager: EntityManager,
    ) => PartnershipCommand | Promise<PartnershipCommand>,
    options: { expectedVersion?: number } = {},
  ): Promise<CommandOutcome> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.requireVisible(actor, partnershipId, manager);
      const locked = await this.repository.load(manager, partnershipId, { lock: true });
      const command = await buildCommand(locked.snapshot, manager);
      // The row stays locked until the commit: what was read is still what is stored.
      const outcome = await this.repository.execute(manager, partnershipId, command, { ...options, locked });
      await this.recordEvents(manager, actor, partnershipId, outcome);
      return outcome;
    });
  }

  /** The snapshot as stored, after checking the actor may see the partnership. */
  async read(
    actor: Actor,
    partnershipId: string,
  ): Promise<{ snapshot: PartnershipSnapshot; version: number }> {
    await this.access.requireVisible(actor, partnershipId);
    return this.repository.load(this.dataSource.manager, partnershipId);
  }

  private async recordEvents(
    manager: EntityManager,
    actor: Actor,
    partnershipId: string,
    outcome: CommandOutcome,
  ): Promise<void> {
    for (const event of outcome.events) {
      const {
        type,
        at: _at,
        partnershipId: _id,
        ...details
      } = event as { type: string; at: Date; partnershipId: string };
      await this.audit.record(manager, {
        actor,
        entityType: 'partnership',
        entityId: partnershipId,
        action: `lifecycle.${type}`,
        after: details,
      });
    }
  }
}
