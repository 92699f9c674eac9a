import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { canOptOutOfReminder, isReminderKind, REMINDER_KINDS, type ReminderKind } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail';
import type { Actor } from '../auth/actor';
import { ProblemException } from '../common/problem/problem';
import { UserEntity } from '../users/user.entity';
import type { ReminderPreferencesView } from './dto/reminder-preferences.dto';

/**
 * Which kinds of reminder each user chose not to receive, kept in `app_user.reminder_opt_outs` and read by
 * the reminder delivery. The domain decides which kinds may be refused (not the convention's end).
 */
@Injectable()
export class ReminderPreferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  async view(actor: Actor): Promise<ReminderPreferencesView> {
    const user = await this.dataSource.manager.findOneByOrFail(UserEntity, { id: actor.userId });
    return toView(user.reminderOptOuts);
  }

  /** Replaces the user's opt-outs; a mandatory kind refuses the whole change (422). */
  async replace(actor: Actor, requested: readonly ReminderKind[]): Promise<ReminderPreferencesView> {
    assertOptOutsAllowed(requested);
    const optOuts = REMINDER_KINDS.filter((kind) => requested.includes(kind));
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneOrFail(UserEntity, {
        where: { id: actor.userId },
        lock: { mode: 'pessimistic_write' },
      });
      const before = [...user.reminderOptOuts].sort();
      if (JSON.stringify(before) !== JSON.stringify([...optOuts].sort())) {
        await manager.update(UserEntity, { id: user.id }, { reminderOptOuts: optOuts });
        await this.audit.record(manager, {
          actor,
          entityType: 'user',
          entityId: user.id,
          action: 'user.reminder_preferences_changed',
          before: { reminderOptOuts: user.reminderOptOuts },
          after: { reminderOptOuts: optOuts },
        });
      }
      return toView(optOuts);
    });
  }
}

function assertOptOutsAllowed(requested: readonly ReminderKind[]): void {
  const refused = requested
    .map((kind, index) => ({ kind, index }))
    .filter(({ kind }) => !canOptOutOfReminder(kind));
  if (refused.length === 0) return;
  const kinds = [...new Set(refused.map(({ kind }) => kind))];
  throw new ProblemException(
    'REMINDER.OPT_OUT_NOT_ALLOWED',
    `Reminders of the convention’s end cannot be turned off: ${kinds.join(', ')}.`,
    {
      kinds,
      errors: refused.map(({ kind, index }) => ({
        field: `optOuts.${index}`,
        rule: 'canOptOut',
        message: `${kind} reminders cannot be turned off`,
      })),
    },
  );
}

function toView(stored: readonly string[]): ReminderPreferencesView {
  // Kinds no longer known (a renamed kind in an old row) are ignored rather than shown.
  const optOuts = new Set(stored.filter(isReminderKind));
  return {
    kinds: REMINDER_KINDS.map((kind) => ({
      kind,
      optedOut: optOuts.has(kind),
      canOptOut: canOptOutOfReminder(kind),
    })),
  };
}
