import { legalVariantsDe } from '../../features/legal-variants/i18n/de';
import { methodWarningsDe } from '../../features/method-warnings/i18n/de';
import { iatiDe } from '../../features/iati/i18n/de';
import { indicatorsDe } from '../../features/indicators/i18n/de';
import { fundingDe } from '../../features/funding/i18n/de';
import { officialOutputsDe } from '../../features/official-outputs/i18n/de';
import { shellDe } from '../../app/i18n/de';
import { systemStatusDe } from '../../features/system-status/i18n/de';
import { devMailDe } from '../../features/dev-mail/i18n/de';
import { accessibilityDe } from '../../features/accessibility/i18n/de';
import { actionsDe } from '../../features/actions/i18n/de';
import { politicalDialogueDe } from '../../features/political-dialogue/i18n/de';
import { partnershipStatusDe } from '../../features/partnership-status/i18n/de';
import { conventionDe } from '../../features/convention/i18n/de';
import { inboxDe } from '../../features/inbox/i18n/de';
import { notificationsDe } from '../../features/notifications/i18n/de';
import { reminderSettingsDe } from '../../features/reminder-settings/i18n/de';
import { organisationRemindersDe } from '../../features/organisation-reminders/i18n/de';
import { filesDe } from '../../features/files/i18n/de';
import { authDe } from '../../features/auth/i18n/de';
import { invitationAcceptanceDe } from '../../features/invitation-acceptance/i18n/de';
import { usersDe } from '../../features/users/i18n/de';
import { auditDe } from '../../features/audit/i18n/de';
import { partnershipsDe } from '../../features/partnerships/i18n/de';
import { commitmentDe } from '../../features/commitment/i18n/de';
import { territoryActorsDe } from '../../features/territory-actors/i18n/de';
import { partnerSearchDe } from '../../features/partner-search/i18n/de';
import { visitsDe } from '../../features/visits/i18n/de';
import { presentationDe } from '../../features/presentation/i18n/de';
import { sharedPresentationDe } from '../../features/shared-presentation/i18n/de';
import { dialogueDe } from '../../features/dialogue/i18n/de';
import { directoryDe } from '../../features/directory/i18n/de';
import { portfolioDe } from '../../features/portfolio/i18n/de';
import { odaDe } from '../../features/oda/i18n/de';
import { DE_MESSAGES } from '@passerelle/domain';
import type { LanguageResources } from './catalogue';
import type { Messages } from './fr';

/** German: the features’ German catalogues, assembled. */
export const de = {
  ...legalVariantsDe,
  ...shellDe,
  ...methodWarningsDe,
  ...systemStatusDe,
  ...devMailDe,
  ...accessibilityDe,
  ...actionsDe,
  ...politicalDialogueDe,
  ...partnershipStatusDe,
  ...conventionDe,
  ...inboxDe,
  ...notificationsDe,
  ...reminderSettingsDe,
  ...organisationRemindersDe,
  ...filesDe,
  ...authDe,
  ...invitationAcceptanceDe,
  ...usersDe,
  ...auditDe,
  ...partnershipsDe,
  ...commitmentDe,
  ...territoryActorsDe,
  ...partnerSearchDe,
  ...visitsDe,
  ...presentationDe,
  ...sharedPresentationDe,
  ...dialogueDe,
  ...directoryDe,
  ...portfolioDe,
  ...odaDe,
  ...iatiDe,
  ...fundingDe,
  ...indicatorsDe,
  ...officialOutputsDe,
} satisfies Messages;

/** Loaded only when a reader chooses German (see `i18n.ts`). */
export const deResources: LanguageResources = { translation: de, domain: DE_MESSAGES };
