import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { InterfaceLanguage } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { AuditTrail } from '../../audit/audit-trail';
import type { Actor } from '../../auth/actor';
import { UserEntity } from '../../users/user.entity';
import type { AccountLanguageView } from '../dto/account-language.dto';

/**
 * A user chooses the language the product speaks to them. It is theirs alone, so there is no version to
 * compare: the last choice wins. The account's version still moves, so that an administrator's edit made on
 * the account as it was is refused rather than silently undoing this one.
 */
@Injectable()
export class SetAccountLanguageUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  execute(actor: Actor, language: InterfaceLanguage): Promise<AccountLanguageView> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneOrFail(UserEntity, {
        where: { id: actor.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (user.preferredLanguage !== language) {
        // The version column moves with the update (TypeORM adds one).
        await manager.update(UserEntity, { id: user.id }, { preferredLanguage: language });
        await this.audit.record(manager, {
          actor,
          entityType: 'user',
          entityId: user.id,
          action: 'user.language_changed',
          before: { language: user.preferredLanguage },
          after: { language },
        });
      }
      return { language };
    });
  }
}
