import { legalVariantsFr } from '../../features/legal-variants/i18n/fr';
import { indicatorsFr } from '../../features/indicators/i18n/fr';
import { methodWarningsFr } from '../../features/method-warnings/i18n/fr';
import { fundingFr } from '../../features/funding/i18n/fr';
import { systemStatusFr } from '../../features/system-status/i18n/fr';
import { devMailFr } from '../../features/dev-mail/i18n/fr';
import { accessibilityFr } from '../../features/accessibility/i18n/fr';
import { actionsFr } from '../../features/actions/i18n/fr';
import { politicalDialogueFr } from '../../features/political-dialogue/i18n/fr';
import { partnershipStatusFr } from '../../features/partnership-status/i18n/fr';
import { conventionFr } from '../../features/convention/i18n/fr';
import { reminderSettingsFr } from '../../features/reminder-settings/i18n/fr';
import { organisationRemindersFr } from '../../features/organisation-reminders/i18n/fr';
import { filesFr } from '../../features/files/i18n/fr';
import { invitationAcceptanceFr } from '../../features/invitation-acceptance/i18n/fr';
import { usersFr } from '../../features/users/i18n/fr';
import { auditFr } from '../../features/audit/i18n/fr';
import { partnershipsFr } from '../../features/partnerships/i18n/fr';
import { commitmentFr } from '../../features/commitment/i18n/fr';
import { territoryActorsFr } from '../../features/territory-actors/i18n/fr';
import { partnerSearchFr } from '../../features/partner-search/i18n/fr';
import { visitsFr } from '../../features/visits/i18n/fr';
import { presentationFr } from '../../features/presentation/i18n/fr';
import { sharedPresentationFr } from '../../features/shared-presentation/i18n/fr';
import { dialogueFr } from '../../features/dialogue/i18n/fr';
import { directoryFr } from '../../features/directory/i18n/fr';
import { portfolioFr } from '../../features/portfolio/i18n/fr';
import { odaFr } from '../../features/oda/i18n/fr';
import { iatiFr } from '../../features/iati/i18n/fr';
import { officialOutputsFr } from '../../features/official-outputs/i18n/fr';

/** The French texts of the pages, fetched with the first page (see `fr-shell.ts`). */
export const frPages = {
  ...legalVariantsFr,
  ...fundingFr,
  ...indicatorsFr,
  ...methodWarningsFr,
  ...systemStatusFr,
  ...devMailFr,
  ...accessibilityFr,
  ...actionsFr,
  ...politicalDialogueFr,
  ...partnershipStatusFr,
  ...conventionFr,
  ...reminderSettingsFr,
  ...organisationRemindersFr,
  ...filesFr,
  ...invitationAcceptanceFr,
  ...usersFr,
  ...auditFr,
  ...partnershipsFr,
  ...commitmentFr,
  ...territoryActorsFr,
  ...partnerSearchFr,
  ...visitsFr,
  ...presentationFr,
  ...sharedPresentationFr,
  ...dialogueFr,
  ...directoryFr,
  ...portfolioFr,
  ...odaFr,
  ...iatiFr,
  ...officialOutputsFr,
};
