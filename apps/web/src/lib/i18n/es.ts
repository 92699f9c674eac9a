import { legalVariantsEs } from '../../features/legal-variants/i18n/es';
import { methodWarningsEs } from '../../features/method-warnings/i18n/es';
import { iatiEs } from '../../features/iati/i18n/es';
import { indicatorsEs } from '../../features/indicators/i18n/es';
import { fundingEs } from '../../features/funding/i18n/es';
import { officialOutputsEs } from '../../features/official-outputs/i18n/es';
import { shellEs } from '../../app/i18n/es';
import { systemStatusEs } from '../../features/system-status/i18n/es';
import { devMailEs } from '../../features/dev-mail/i18n/es';
import { accessibilityEs } from '../../features/accessibility/i18n/es';
import { actionsEs } from '../../features/actions/i18n/es';
import { politicalDialogueEs } from '../../features/political-dialogue/i18n/es';
import { partnershipStatusEs } from '../../features/partnership-status/i18n/es';
import { conventionEs } from '../../features/convention/i18n/es';
import { inboxEs } from '../../features/inbox/i18n/es';
import { notificationsEs } from '../../features/notifications/i18n/es';
import { reminderSettingsEs } from '../../features/reminder-settings/i18n/es';
import { organisationRemindersEs } from '../../features/organisation-reminders/i18n/es';
import { filesEs } from '../../features/files/i18n/es';
import { authEs } from '../../features/auth/i18n/es';
import { invitationAcceptanceEs } from '../../features/invitation-acceptance/i18n/es';
import { usersEs } from '../../features/users/i18n/es';
import { auditEs } from '../../features/audit/i18n/es';
import { partnershipsEs } from '../../features/partnerships/i18n/es';
import { commitmentEs } from '../../features/commitment/i18n/es';
import { territoryActorsEs } from '../../features/territory-actors/i18n/es';
import { partnerSearchEs } from '../../features/partner-search/i18n/es';
import { visitsEs } from '../../features/visits/i18n/es';
import { presentationEs } from '../../features/presentation/i18n/es';
import { sharedPresentationEs } from '../../features/shared-presentation/i18n/es';
import { dialogueEs } from '../../features/dialogue/i18n/es';
import { directoryEs } from '../../features/directory/i18n/es';
import { portfolioEs } from '../../features/portfolio/i18n/es';
import { odaEs } from '../../features/oda/i18n/es';
import { ES_MESSAGES } from '@passerelle/domain';
import type { LanguageResources } from './catalogue';
import type { Messages } from './fr';

/** Spanish: the features’ Spanish catalogues, assembled. */
export const es = {
  ...legalVariantsEs,
  ...shellEs,
  ...methodWarningsEs,
  ...systemStatusEs,
  ...devMailEs,
  ...accessibilityEs,
  ...actionsEs,
  ...politicalDialogueEs,
  ...partnershipStatusEs,
  ...conventionEs,
  ...inboxEs,
  ...notificationsEs,
  ...reminderSettingsEs,
  ...organisationRemindersEs,
  ...filesEs,
  ...authEs,
  ...invitationAcceptanceEs,
  ...usersEs,
  ...auditEs,
  ...partnershipsEs,
  ...commitmentEs,
  ...territoryActorsEs,
  ...partnerSearchEs,
  ...visitsEs,
  ...presentationEs,
  ...sharedPresentationEs,
  ...dialogueEs,
  ...directoryEs,
  ...portfolioEs,
  ...odaEs,
  ...iatiEs,
  ...fundingEs,
  ...indicatorsEs,
  ...officialOutputsEs,
} satisfies Messages;

/** Loaded only when a reader chooses Spanish (see `i18n.ts`). */
export const esResources: LanguageResources = { translation: es, domain: ES_MESSAGES };
