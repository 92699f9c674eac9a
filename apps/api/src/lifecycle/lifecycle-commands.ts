import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PartnershipCommand } from '@passerelle/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { PartnershipAccess, partnershipNotFound } from '../tenancy/partnership-access';
import { PartnershipRepository, type CommandOutcome, type LoadedPartnership } from './partnership.repository';

/**
 * The one way the API changes a partnership's lifecycle, in steps each write's use case takes in turn: check
 * that the actor's party is a party and lock the partnership (`lock`), build the command from the request
 * (and, when it must, from what is locked), let the domain decide and store the result under the version of
 * the record it edits with an audit row per domain event (`execute`) — in one transaction. `apply` takes
 * them all for a command built from the request alone.
 */
@Injectable()
export class LifecycleCommands {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PartnershipAccess,
    private readonly repository: PartnershipRepository,
  ) {}

  /**
   * Runs one command the actor's handler built without reading the partnership first: checks the actor's
   * party, locks the partnership, lets the domain decide and stores the result under the version check, in
   * one transaction.
   */
  async apply(
    actor: Actor,
    partnershipId: string,
    command: PartnershipCommand,
    options: { expectedVersion?: number } = {},
  ): Promise<CommandOutcome> {
    return this.inTransaction(async (manager) => {
      const locked = await this.lock(manager, actor, partnershipId);
      return this.execute(manager, actor, locked, command, options);
    });
  }

  /** A transaction for a handler that reads the locked partnership before building its command. */
  inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * The partnership as stored, locked until the caller's transaction ends, if the actor's party is one of its
   * parties (not found otherwise): what a handler builds its command from.
   */
  async lock(manager: EntityManager, actor: Actor, partnershipId: string): Promise<LoadedPartnership> {
    if (!this.access.mayLookUp(actor, partnershipId)) throw partnershipNotFound(partnershipId);
    // Checks the actor's party and locks the row, then reads the partnership as the lock holder left it.
    return this.repository.load(manager, partnershipId, { lock: true, visibleTo: actor.organisationId });
  }

  /** Stores one command on the partnership `lock` gave in this transaction, audited as the actor's. */
  execute(
    manager: EntityManager,
    actor: Actor,
    locked: LoadedPartnership,
    command: PartnershipCommand,
    options: { expectedVersion?: number } = {},
  ): Promise<CommandOutcome> {
    return this.repository.execute(manager, locked.snapshot.partnership.id, command, {
      ...options,
      locked,
      auditedAs: actor,
    });
  }

  /** The snapshot as stored, after checking the actor may see the partnership. */
  async read(actor: Actor, partnershipId: string): Promise<LoadedPartnership> {
    if (!this.access.mayLookUp(actor, partnershipId)) throw partnershipNotFound(partnershipId);
    return this.repository.load(this.dataSource.manager, partnershipId, { visibleTo: actor.organisationId });
  }
}
