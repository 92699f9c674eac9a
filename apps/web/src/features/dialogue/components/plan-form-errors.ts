import { COMMUNICATION_CHANNELS, DIALOGUE_AUDIENCES } from '@passerelle/domain';
import type { TFunction } from 'i18next';
import { describeError, translateFieldError, type FormErrors } from '../../../components/ui/error-text';
import { ApiProblemError } from '../../../lib/api/problem';
import { isOneOf } from '../../../lib/is-one-of';
import type { DialogueAudience, DialogueParty } from '../api/get-dialogue';
import type { ProposeDialoguePlanInput } from '../api/propose-dialogue-plan';
import { partyNameOf } from './dialogue-texts';

/**
 * Where the plan form shows an error: an audience's cadence, its channels, the participants of one party
 * for it (or for it as a whole), or the tolerance.
 */
export const planFieldKeys = {
  cadence: (audience: DialogueAudience) => `${audience}.cadence`,
  channels: (audience: DialogueAudience) => `${audience}.channels`,
  participants: (audience: DialogueAudience, partyId?: string) =>
    partyId ? `${audience}.participants.${partyId}` : `${audience}.participants`,
  toleranceDays: 'toleranceDays',
} as const;

const AUDIENCE_PATH = /^audiences\.(\d+)\.(cadence|channels|participants)(?:\.(\d+))?/;

/**
 * The form field of an API path (`audiences.1.cadence.every`, `audiences.0.participants.2.name`): the
 * audience is the one sent at that index, the party the one of the person sent at that index.
 */
function fieldKeyOf(path: string, sent: ProposeDialoguePlanInput | undefined): string | undefined {
  if (path === 'toleranceDays') return planFieldKeys.toleranceDays;
  const match = AUDIENCE_PATH.exec(path);
  if (!match) return undefined;
  const entry = sent?.audiences[Number(match[1])];
  const audience = entry?.audience ?? DIALOGUE_AUDIENCES[Number(match[1])];
  if (!audience) return undefined;
  switch (match[2]) {
    case 'cadence':
      return planFieldKeys.cadence(audience);
    case 'channels':
      return planFieldKeys.channels(audience);
    default: {
      const person = match[3] === undefined ? undefined : entry?.participants[Number(match[3])];
      return planFieldKeys.participants(audience, person?.partyId);
    }
  }
}

function detailsOf(error: ApiProblemError): Record<string, unknown> {
  const details = (error.problem as Record<string, unknown> | undefined)?.['details'];
  return typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {};
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The field messages of a refusal of the dialogue rules, which names the audience in its details. */
function refusalFields(
  t: TFunction,
  error: ApiProblemError,
  sent: ProposeDialoguePlanInput | undefined,
  parties: readonly DialogueParty[],
): Record<string, string> {
  const details = detailsOf(error);
  const audience = typeof details['audience'] === 'string' ? details['audience'] : '';
  const known = isOneOf(DIALOGUE_AUDIENCES, audience) ? audience : undefined;
  const names = (partyIds: string[]) => partyIds.map((partyId) => partyNameOf(parties, partyId)).join(', ');
  switch (error.code) {
    case 'DIALOGUE.INVALID_TOLERANCE':
      return { [planFieldKeys.toleranceDays]: describeError(t, error) };
    case 'DIALOGUE.INVALID_CADENCE':
      return known ? { [planFieldKeys.cadence(known)]: describeError(t, error) } : {};
    case 'DIALOGUE.CHANNEL_REQUIRED':
      return known ? { [planFieldKeys.channels(known)]: describeError(t, error) } : {};
    case 'DIALOGUE.CHANNEL_NOT_USABLE': {
      if (!known) return {};
      const channel = typeof details['channel'] === 'string' ? details['channel'] : '';
      return {
        [planFieldKeys.channels(known)]: t('dialogue.planForm.channelNotUsable', {
          channel: isOneOf(COMMUNICATION_CHANNELS, channel) ? t(`dialogue.channels.${channel}`) : channel,
          parties: names(stringsOf(details['partyIds'])),
        }),
      };
    }
    case 'DIALOGUE.PARTICIPANTS_MISSING':
      return known
        ? Object.fromEntries(
            stringsOf(details['partyIds']).map((partyId) => [
              planFieldKeys.participants(known, partyId),
              t('dialogue.planForm.participantsMissing', { party: partyNameOf(parties, partyId) }),
            ]),
          )
        : {};
    case 'VISIT.MEMBER_OTHER_PARTY': {
      // The API names the person refused as `audiences.0.participants.2`.
      const key = typeof details['field'] === 'string' ? fieldKeyOf(details['field'], sent) : undefined;
      // Its own words speak of a delegation: say it of the plan's participants.
      return key ? { [key]: t('dialogue.planForm.notAParty') } : {};
    }
    default:
      return {};
  }
}

/**
 * What the plan form shows for a failed proposal: invalid fields by the API's paths, refusals of the dialogue
 * rules beside the audience (and party) they are about, anything else for the whole form. `sent` is the body
 * that was refused, to find which audience and which party an index stands for.
 */
export function planFormErrors(
  t: TFunction,
  error: unknown,
  sent: ProposeDialoguePlanInput | undefined,
  parties: readonly DialogueParty[],
): FormErrors {
  if (!error) return { fields: {}, form: undefined };
  if (!(error instanceof ApiProblemError)) return { fields: {}, form: describeError(t, error) };
  if (error.code === 'RESOURCE.CONFLICT') return { fields: {}, form: t('dialogue.conflict') };
  if (error.code === 'REQUEST.VALIDATION_FAILED') {
    const fields: Record<string, string> = {};
    const others: string[] = [];
    for (const fieldError of error.fieldErrors) {
      const key = fieldKeyOf(fieldError.field, sent);
      if (key) fields[key] ??= translateFieldError(t, fieldError);
      else others.push(`${fieldError.field} : ${translateFieldError(t, fieldError)}`);
    }
    return { fields, form: [t('validation.summary'), ...others].join(' ') };
  }
  const fields = refusalFields(t, error, sent, parties);
  return Object.keys(fields).length > 0
    ? { fields, form: t('validation.summary') }
    : { fields: {}, form: describeError(t, error) };
}
