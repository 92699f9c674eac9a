import { legalVariantsPt } from '../../features/legal-variants/i18n/pt';
import { indicatorsPt } from '../../features/indicators/i18n/pt';
import { methodWarningsPt } from '../../features/method-warnings/i18n/pt';
import { fundingPt } from '../../features/funding/i18n/pt';
import { iatiPt } from '../../features/iati/i18n/pt';
import { officialOutputsPt } from '../../features/official-outputs/i18n/pt';
import { shellPt } from '../../app/i18n/pt';
import { systemStatusPt } from '../../features/system-status/i18n/pt';
import { devMailPt } from '../../features/dev-mail/i18n/pt';
import { accessibilityPt } from '../../features/accessibility/i18n/pt';
import { actionsPt } from '../../features/actions/i18n/pt';
import { politicalDialoguePt } from '../../features/political-dialogue/i18n/pt';
import { partnershipStatusPt } from '../../features/partnership-status/i18n/pt';
import { conventionPt } from '../../features/convention/i18n/pt';
import { inboxPt } from '../../features/inbox/i18n/pt';
import { notificationsPt } from '../../features/notifications/i18n/pt';
import { reminderSettingsPt } from '../../features/reminder-settings/i18n/pt';
import { organisationRemindersPt } from '../../features/organisation-reminders/i18n/pt';
import { filesPt } from '../../features/files/i18n/pt';
import { authPt } from '../../features/auth/i18n/pt';
import { invitationAcceptancePt } from '../../features/invitation-acceptance/i18n/pt';
import { usersPt } from '../../features/users/i18n/pt';
import { auditPt } from '../../features/audit/i18n/pt';
import { partnershipsPt } from '../../features/partnerships/i18n/pt';
import { commitmentPt } from '../../features/commitment/i18n/pt';
import { territoryActorsPt } from '../../features/territory-actors/i18n/pt';
import { partnerSearchPt } from '../../features/partner-search/i18n/pt';
import { visitsPt } from '../../features/visits/i18n/pt';
import { presentationPt } from '../../features/presentation/i18n/pt';
import { sharedPresentationPt } from '../../features/shared-presentation/i18n/pt';
import { dialoguePt } from '../../features/dialogue/i18n/pt';
import { directoryPt } from '../../features/directory/i18n/pt';
import { portfolioPt } from '../../features/portfolio/i18n/pt';
import { odaPt } from '../../features/oda/i18n/pt';
import { PT_MESSAGES } from '@passerelle/domain';
import type { LanguageResources } from './catalogue';
import type { Messages } from './fr';

/** Portuguese (European norm, as written in Lusophone Africa): the features' Portuguese catalogues, assembled. */
export const pt = {
  ...legalVariantsPt,
  ...indicatorsPt,
  ...methodWarningsPt,
  ...fundingPt,
  ...iatiPt,
  ...officialOutputsPt,
  ...shellPt,
  ...systemStatusPt,
  ...devMailPt,
  ...accessibilityPt,
  ...actionsPt,
  ...politicalDialoguePt,
  ...partnershipStatusPt,
  ...conventionPt,
  ...inboxPt,
  ...notificationsPt,
  ...reminderSettingsPt,
  ...organisationRemindersPt,
  ...filesPt,
  ...authPt,
  ...invitationAcceptancePt,
  ...usersPt,
  ...auditPt,
  ...partnershipsPt,
  ...commitmentPt,
  ...territoryActorsPt,
  ...partnerSearchPt,
  ...visitsPt,
  ...presentationPt,
  ...sharedPresentationPt,
  ...dialoguePt,
  ...directoryPt,
  ...portfolioPt,
  ...odaPt,
} satisfies Messages;

/** Loaded only when a reader chooses Portuguese (see `i18n.ts`). */
export const ptResources: LanguageResources = { translation: pt, domain: PT_MESSAGES };
