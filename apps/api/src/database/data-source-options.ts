import type { DataSourceOptions } from 'typeorm';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { SessionEntity } from '../auth/session.entity';
import { InvitationEntity } from '../invitations/invitation.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { InternalNoteEntity } from '../partnership-records/internal-note.entity';
import { PartnershipPartyEntity } from '../partnership-records/partnership-party.entity';
import { PartnershipEntity } from '../partnership-records/partnership.entity';
import { UserEntity } from '../users/user.entity';
import { CreateOrganisation1764000000000 } from './migrations/1764000000000-create-organisation';
import { AccountsTenancyAudit1795454699497 } from './migrations/1795454699497-accounts-tenancy-audit';
import { LifecycleRecords1795460000000 } from './migrations/1795460000000-lifecycle-records';
import { InvitationCandidate1795461000000 } from './migrations/1795461000000-invitation-candidate';
import { Directory1795462000000 } from './migrations/1795462000000-directory';
import { PresentationShareLinks1795463000000 } from './migrations/1795463000000-presentation-share-links';
import { TerritoryActorDirectory1795464000000 } from './migrations/1795464000000-territory-actor-directory';
import { TerritoryActorEntity } from '../territory-actors/territory-actor.entity';
import { PresentationShareLinkEntity } from '../presentation/presentation-share-link.entity';
import { PartnerRequestEntity } from '../directory/partner-request.entity';
import { StoredFileEntity } from '../files/stored-file.entity';
import { StoredFiles1795465000000 } from './migrations/1795465000000-stored-files';
import { Reminders1795466000000 } from './migrations/1795466000000-reminders';
import { DirectoryTextSearch1795467000000 } from './migrations/1795467000000-directory-text-search';
import { ReminderEntity } from '../reminders/reminder.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { CalendarFeedEntity } from '../calendar/calendar-feed.entity';
import { PartnershipSummaryEntity } from '../lifecycle/partnership-summary.entity';
import { DialogueExchangeEntity } from '../partnership-records/dialogue-exchange.entity';
import { RuptureSignalEntity } from '../partnership-records/rupture-signal.entity';
import { DialoguePlanEntity } from '../partnership-records/dialogue-plan.entity';
import {
  ActionLogEntryEntity,
  IndicatorMeasurementEntity,
  JointEvaluationEntity,
} from '../partnership-records/action-records.entity';
import { PartnershipSummary1795468000000 } from './migrations/1795468000000-partnership-summary';
import { StoredAssessment1795469000000 } from './migrations/1795469000000-stored-assessment';
import { StoredPortfolioRows1795470000000 } from './migrations/1795470000000-stored-portfolio-rows';
import { DialogueExchangesAsRows1795471000000 } from './migrations/1795471000000-dialogue-exchanges-as-rows';
import { ActionRecordsAsRows1795472000000 } from './migrations/1795472000000-action-records-as-rows';
import { DialoguePlanAsRow1795473000000 } from './migrations/1795473000000-dialogue-plan-as-row';
import { PartnershipPartsAsRows1795474000000 } from './migrations/1795474000000-partnership-parts-as-rows';
import { ActionPartsAsRows1795475000000 } from './migrations/1795475000000-action-parts-as-rows';
import { ReminderDeliveryClaims1795476300000 } from './migrations/1795476300000-reminder-delivery-claims';
import { TravelAdviceLevels1795476410000 } from './migrations/1795476410000-travel-advice-levels';
import { ActionProposer1795476420000 } from './migrations/1795476420000-action-proposer';
import { OdaDeclarationData1795477000000 } from './migrations/1795477000000-oda-declaration-data';
import { InboxDigest1795477200000 } from './migrations/1795477200000-inbox-digest';
import { OrderlyRupture1795477230000 } from './migrations/1795477230000-orderly-rupture';
import { RuptureSignals1796587376683 } from './migrations/1796587376683-rupture-signals';
import { InboxNotifications1796629564575 } from './migrations/1796629564575-inbox-notifications';
import { PartyGovernance1796587181844 } from './migrations/1796587181844-party-governance';
import { IndicatorsOverTime1796586945733 } from './migrations/1796586945733-indicators-over-time';
import { FundingCallsAndApplications1796586851192 } from './migrations/1796586851192-funding-calls-and-applications';
import { InternationalContacts1796586712378 } from './migrations/1796586712378-international-contacts';
import { PARTNERSHIP_PART_ENTITIES } from '../partnership-records/partnership-part.entities';
import { ActionBudgetLineEntity, ActionIndicatorEntity } from '../partnership-records/action-part.entities';

/** Every entity, listed explicitly so that bundling or a test runner never misses one. */
export const ENTITIES = [
  OrganisationEntity,
  UserEntity,
  SessionEntity,
  PartnershipEntity,
  PartnershipPartyEntity,
  InternalNoteEntity,
  InvitationEntity,
  AuditEventEntity,
  PartnerRequestEntity,
  PresentationShareLinkEntity,
  TerritoryActorEntity,
  StoredFileEntity,
  ReminderEntity,
  NotificationEntity,
  CalendarFeedEntity,
  PartnershipSummaryEntity,
  DialogueExchangeEntity,
  RuptureSignalEntity,
  DialoguePlanEntity,
  ...PARTNERSHIP_PART_ENTITIES,
  ActionBudgetLineEntity,
  ActionIndicatorEntity,
  IndicatorMeasurementEntity,
  ActionLogEntryEntity,
  JointEvaluationEntity,
];

/** Every migration in order of application. A landed migration is never edited: add a new one. */
export const MIGRATIONS = [
  CreateOrganisation1764000000000,
  AccountsTenancyAudit1795454699497,
  LifecycleRecords1795460000000,
  InvitationCandidate1795461000000,
  Directory1795462000000,
  PresentationShareLinks1795463000000,
  TerritoryActorDirectory1795464000000,
  StoredFiles1795465000000,
  Reminders1795466000000,
  DirectoryTextSearch1795467000000,
  PartnershipSummary1795468000000,
  StoredAssessment1795469000000,
  StoredPortfolioRows1795470000000,
  DialogueExchangesAsRows1795471000000,
  ActionRecordsAsRows1795472000000,
  DialoguePlanAsRow1795473000000,
  PartnershipPartsAsRows1795474000000,
  ActionPartsAsRows1795475000000,
  ReminderDeliveryClaims1795476300000,
  TravelAdviceLevels1795476410000,
  ActionProposer1795476420000,
  OdaDeclarationData1795477000000,
  InboxDigest1795477200000,
  OrderlyRupture1795477230000,
  RuptureSignals1796587376683,
  PartyGovernance1796587181844,
  IndicatorsOverTime1796586945733,
  FundingCallsAndApplications1796586851192,
  InternationalContacts1796586712378,
  InboxNotifications1796629564575,
];

export function buildDataSourceOptions(databaseUrl: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    // The schema changes only through reviewed migrations.
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    applicationName: 'passerelle',
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: { max: poolSize },
  };
}
