import { legalVariantsAr } from '../../features/legal-variants/i18n/ar';
import { indicatorsAr } from '../../features/indicators/i18n/ar';
import { methodWarningsAr } from '../../features/method-warnings/i18n/ar';
import { fundingAr } from '../../features/funding/i18n/ar';
import { iatiAr } from '../../features/iati/i18n/ar';
import { officialOutputsAr } from '../../features/official-outputs/i18n/ar';
import { shellAr } from '../../app/i18n/ar';
import { systemStatusAr } from '../../features/system-status/i18n/ar';
import { devMailAr } from '../../features/dev-mail/i18n/ar';
import { accessibilityAr } from '../../features/accessibility/i18n/ar';
import { actionsAr } from '../../features/actions/i18n/ar';
import { politicalDialogueAr } from '../../features/political-dialogue/i18n/ar';
import { partnershipStatusAr } from '../../features/partnership-status/i18n/ar';
import { conventionAr } from '../../features/convention/i18n/ar';
import { inboxAr } from '../../features/inbox/i18n/ar';
import { notificationsAr } from '../../features/notifications/i18n/ar';
import { reminderSettingsAr } from '../../features/reminder-settings/i18n/ar';
import { organisationRemindersAr } from '../../features/organisation-reminders/i18n/ar';
import { filesAr } from '../../features/files/i18n/ar';
import { authAr } from '../../features/auth/i18n/ar';
import { invitationAcceptanceAr } from '../../features/invitation-acceptance/i18n/ar';
import { usersAr } from '../../features/users/i18n/ar';
import { auditAr } from '../../features/audit/i18n/ar';
import { partnershipsAr } from '../../features/partnerships/i18n/ar';
import { commitmentAr } from '../../features/commitment/i18n/ar';
import { territoryActorsAr } from '../../features/territory-actors/i18n/ar';
import { partnerSearchAr } from '../../features/partner-search/i18n/ar';
import { visitsAr } from '../../features/visits/i18n/ar';
import { presentationAr } from '../../features/presentation/i18n/ar';
import { sharedPresentationAr } from '../../features/shared-presentation/i18n/ar';
import { dialogueAr } from '../../features/dialogue/i18n/ar';
import { directoryAr } from '../../features/directory/i18n/ar';
import { portfolioAr } from '../../features/portfolio/i18n/ar';
import { odaAr } from '../../features/oda/i18n/ar';
import { AR_MESSAGES } from '@passerelle/domain';
import type { LanguageResources } from './catalogue';
import type { Messages } from './fr';

/** Arabic (Modern Standard, written right to left): the features' Arabic catalogues, assembled. */
export const ar = {
  ...legalVariantsAr,
  ...indicatorsAr,
  ...methodWarningsAr,
  ...fundingAr,
  ...iatiAr,
  ...officialOutputsAr,
  ...shellAr,
  ...systemStatusAr,
  ...devMailAr,
  ...accessibilityAr,
  ...actionsAr,
  ...politicalDialogueAr,
  ...partnershipStatusAr,
  ...conventionAr,
  ...inboxAr,
  ...notificationsAr,
  ...reminderSettingsAr,
  ...organisationRemindersAr,
  ...filesAr,
  ...authAr,
  ...invitationAcceptanceAr,
  ...usersAr,
  ...auditAr,
  ...partnershipsAr,
  ...commitmentAr,
  ...territoryActorsAr,
  ...partnerSearchAr,
  ...visitsAr,
  ...presentationAr,
  ...sharedPresentationAr,
  ...dialogueAr,
  ...directoryAr,
  ...portfolioAr,
  ...odaAr,
} satisfies Messages;

/** Loaded only when a reader chooses Arabic (see `i18n.ts`). */
export const arResources: LanguageResources = { translation: ar, domain: AR_MESSAGES };
