import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PartnershipCommand, PartnershipSnapshot } from '@passerelle/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { PartnershipAccess, partnershipNotFound } from '../tenancy/partnership-access';
import { PartnershipRepository, type CommandOutcome, type LoadedPartnership } from './partnership.repository';

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
  ) {}

  /**
   * `buildCommand` sees the current snapshot, so that it can refuse (with a problem) what the actor's
   * party may not touch before the domain is asked; it gets the transaction for records it must write
   * alongside.
   */
  async run(
    actor: Actor,
    partnershipId: string,
    buildCommand: (
      snapshot: PartnershipSnapshot,
      manager: EntityManager,
    ) => PartnershipCommand | Promise<PartnershipCommand>,
    options: { expectedVersion?: number } = {},
  ): Promise<CommandOutcome> {
    if (!this.access.mayLookUp(actor, partnershipId)) throw partnershipNotFound(partnershipId);
    return this.dataSource.transaction(async (manager) => {
      // Checks the actor's party and locks the row, then reads the partnership as the lock holder left it.
      const locked = await this.repository.load(manager, partnershipId, {
        lock: true,
        visibleTo: actor.organisationId,
      });
      const command = await buildCommand(locked.snapshot, manager);
      // The row stays locked until the commit: what was read is still what is stored.
      return this.repository.execute(manager, partnershipId, command, {
        ...options,
        locked,
        auditedAs: actor,
      });
    });
  }

  /** The snapshot as stored, after checking the actor may see the partnership. */
  async read(actor: Actor, partnershipId: string): Promise<LoadedPartnership> {
    if (!this.access.mayLookUp(actor, partnershipId)) throw partnershipNotFound(partnershipId);
    return this.repository.load(this.dataSource.manager, partnershipId, { visibleTo: actor.organisationId });
  }
}
