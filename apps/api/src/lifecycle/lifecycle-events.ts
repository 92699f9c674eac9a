import { Injectable } from '@nestjs/common';
import type { DomainEvent, PartnershipSnapshot } from '@passerelle/domain';
import type { EntityManager } from 'typeorm';

/** Told of the domain events of each lifecycle write, in its transaction, once the write is stored. */
export interface LifecycleEventHandler {
  /**
   * `snapshot`: the partnership as the write left it, when the write had it whole (a command on its
   * document); an append passes none, and a handler reads what it needs.
   */
  handle(
    manager: EntityManager,
    partnershipId: string,
    events: readonly DomainEvent[],
    snapshot?: PartnershipSnapshot,
  ): Promise<void>;
}

/**
 * Where lifecycle writes publish their domain events, and the features that follow them (the reminder
 * schedule) subscribe: the lifecycle knows none of them. Handlers run in the write's transaction, under its
 * lock, so that what they keep in line with the partnership lands with it or not at all.
 */
@Injectable()
export class LifecycleEvents {
  private readonly handlers: LifecycleEventHandler[] = [];

  register(handler: LifecycleEventHandler): void {
    if (!this.handlers.includes(handler)) this.handlers.push(handler);
  }

  async publish(
    manager: EntityManager,
    partnershipId: string,
    events: readonly DomainEvent[],
    snapshot?: PartnershipSnapshot,
  ): Promise<void> {
    if (events.length === 0) return;
    for (const handler of this.handlers) await handler.handle(manager, partnershipId, events, snapshot);
  }
}
