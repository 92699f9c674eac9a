import { Inject, Injectable, Optional } from '@nestjs/common';
import { calendarDateAt, isRuptureSignalActive, referenceTimeZone } from '@passerelle/domain';
import type { Actor } from '../auth/actor';
import { CLOCK, SystemClock, type Clock } from '../common/clock/clock';
import { LifecycleCommands } from '../lifecycle/lifecycle-commands';
import { toRuptureSignalView, type RuptureSignalListView } from './dto/rupture-signal.dto';

/**
 * The partnership's warning signs of rupture, for every party: they feed the health score all parties
 * see, so each side sees what the other recorded. Writes are use cases of their own (`use-cases/`).
 */
@Injectable()
export class RuptureSignalsService {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    @Optional() @Inject(CLOCK) private readonly clock: Clock = new SystemClock(),
  ) {}

  async list(actor: Actor, partnershipId: string): Promise<RuptureSignalListView> {
    const { snapshot } = await this.lifecycle.read(actor, partnershipId);
    const today = calendarDateAt(this.clock.now(), referenceTimeZone(snapshot));
    const items = [...snapshot.ruptureSignals]
      .sort((a, b) => b.occursOn.localeCompare(a.occursOn) || b.id.localeCompare(a.id))
      .map((signal) => ({ ...toRuptureSignalView(signal), active: isRuptureSignalActive(signal, today) }));
    return { today, items };
  }
}
