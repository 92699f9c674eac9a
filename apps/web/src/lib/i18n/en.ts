import { legalVariantsEn } from '../../features/legal-variants/i18n/en';
import { shellEn } from '../../app/i18n/en';
import { indicatorsEn } from '../../features/indicators/i18n/en';
import { methodWarningsEn } from '../../features/method-warnings/i18n/en';
import { fundingEn } from '../../features/funding/i18n/en';
import { systemStatusEn } from '../../features/system-status/i18n/en';
import { devMailEn } from '../../features/dev-mail/i18n/en';
import { accessibilityEn } from '../../features/accessibility/i18n/en';
import { actionsEn } from '../../features/actions/i18n/en';
import { politicalDialogueEn } from '../../features/political-dialogue/i18n/en';
import { partnershipStatusEn } from '../../features/partnership-status/i18n/en';
import { conventionEn } from '../../features/convention/i18n/en';
import { inboxEn } from '../../features/inbox/i18n/en';
import { notificationsEn } from '../../features/notifications/i18n/en';
import { reminderSettingsEn } from '../../features/reminder-settings/i18n/en';
import { organisationRemindersEn } from '../../features/organisation-reminders/i18n/en';
import { filesEn } from '../../features/files/i18n/en';
import { authEn } from '../../features/auth/i18n/en';
import { invitationAcceptanceEn } from '../../features/invitation-acceptance/i18n/en';
import { usersEn } from '../../features/users/i18n/en';
import { auditEn } from '../../features/audit/i18n/en';
import { partnershipsEn } from '../../features/partnerships/i18n/en';
import { commitmentEn } from '../../features/commitment/i18n/en';
import { territoryActorsEn } from '../../features/territory-actors/i18n/en';
import { partnerSearchEn } from '../../features/partner-search/i18n/en';
import { visitsEn } from '../../features/visits/i18n/en';
import { presentationEn } from '../../features/presentation/i18n/en';
import { sharedPresentationEn } from '../../features/shared-presentation/i18n/en';
import { dialogueEn } from '../../features/dialogue/i18n/en';
import { directoryEn } from '../../features/directory/i18n/en';
import { portfolioEn } from '../../features/portfolio/i18n/en';
import { odaEn } from '../../features/oda/i18n/en';
import { iatiEn } from '../../features/iati/i18n/en';
import { officialOutputsEn } from '../../features/official-outputs/i18n/en';
import { EN_MESSAGES } from '@passerelle/domain';
import type { LanguageResources } from './catalogue';
import type { Messages } from './fr';

/** English: the features' English catalogues, assembled. */
export const en = {
  ...legalVariantsEn,
  ...fundingEn,
  ...shellEn,
  ...indicatorsEn,
  ...methodWarningsEn,
  ...systemStatusEn,
  ...devMailEn,
  ...accessibilityEn,
  ...actionsEn,
  ...politicalDialogueEn,
  ...partnershipStatusEn,
  ...conventionEn,
  ...inboxEn,
  ...notificationsEn,
  ...reminderSettingsEn,
  ...organisationRemindersEn,
  ...filesEn,
  ...authEn,
  ...invitationAcceptanceEn,
  ...usersEn,
  ...auditEn,
  ...partnershipsEn,
  ...commitmentEn,
  ...territoryActorsEn,
  ...partnerSearchEn,
  ...visitsEn,
  ...presentationEn,
  ...sharedPresentationEn,
  ...dialogueEn,
  ...directoryEn,
  ...portfolioEn,
  ...odaEn,
  ...iatiEn,
  ...officialOutputsEn,
} satisfies Messages;

/** Loaded only when a reader chooses English (see `i18n.ts`). */
export const enResources: LanguageResources = { translation: en, domain: EN_MESSAGES };
