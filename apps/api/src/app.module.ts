import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { ClockModule } from './common/clock/clock.module';
import type { Clock } from './common/clock/clock';
import { RemindersModule } from './reminders/reminders.module';
import { DatabaseModule } from './database/database.module';
import { DevMailModule } from './dev-mail/dev-mail.module';
import { HealthModule } from './health/health.module';
import { MailModule } from './mail/mail.module';
import { RedisModule } from './redis/redis.module';
import { AuditModule } from './audit/audit.module';
import { AuditLogModule } from './audit-log/audit-log.module';
import { AuthModule } from './auth/auth.module';
import { InvitationsModule } from './invitations/invitations.module';
import { CommitmentModule } from './commitment/commitment.module';
import { LifecycleModule } from './lifecycle/lifecycle.module';
import { PartnerSearchModule } from './partner-search/partner-search.module';
import { DirectoryModule } from './directory/directory.module';
import { FilesModule } from './files/files.module';
import { PresentationModule } from './presentation/presentation.module';
import { TerritoryActorsModule } from './territory-actors/territory-actors.module';
import { PartnershipsModule } from './partnerships/partnerships.module';
import { TenancyModule } from './tenancy/tenancy.module';
import { OrganisationAdminModule } from './organisation-admin/organisation-admin.module';
import { VisitsModule } from './visits/visits.module';
import { PoliticalDialogueModule } from './political-dialogue/political-dialogue.module';
import { ConventionModule } from './convention/convention.module';
import { PartnershipStatusModule } from './partnership-status/partnership-status.module';
import { PortfolioModule } from './portfolio/portfolio.module';
import { DialogueModule } from './dialogue/dialogue.module';
import { RuptureSignalsModule } from './rupture-signals/rupture-signals.module';
import { ActionsModule } from './actions/actions.module';
import { FundingModule } from './funding/funding.module';
import { InboxModule } from './inbox/inbox.module';
import { OdaDeclarationModule } from './oda-declaration/oda-declaration.module';
import { IatiModule } from './iati/iati.module';
import { AuthorityDossiersModule } from './authority-dossiers/authority-dossiers.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ReminderPreferencesModule } from './reminder-preferences/reminder-preferences.module';
import { AccountLanguageModule } from './account-language/account-language.module';
import { CalendarModule } from './calendar/calendar.module';

/** The HTTP API: one module per capability. */
@Module({})
export class AppModule {
  /** `clock`: tests run the API at an instant of their choosing; the system's time otherwise. */
  static forRoot(config: AppConfig, { clock }: { clock?: Clock } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(clock),
        DatabaseModule,
        RedisModule,
        MailModule,
        TenancyModule,
        AuthModule,
        AuditModule,
        AuditLogModule,
        OrganisationAdminModule,
        PartnershipsModule,
        InvitationsModule,
        LifecycleModule,
        CommitmentModule,
        PartnerSearchModule,
        DirectoryModule,
        PresentationModule,
        TerritoryActorsModule,
        VisitsModule,
        PoliticalDialogueModule,
        ConventionModule,
        PartnershipStatusModule,
        PortfolioModule,
        DialogueModule,
        RuptureSignalsModule,
        ActionsModule,
        FundingModule,
        OdaDeclarationModule,
        IatiModule,
        AuthorityDossiersModule,
        RemindersModule,
        NotificationsModule,
        InboxModule,
        ReminderPreferencesModule,
        AccountLanguageModule,
        CalendarModule,
        FilesModule,
        HealthModule,
        DevMailModule,
      ],
    };
  }
}
