import { type DomainError, domainError } from '../shared/domain-error';
import { type OrganisationId } from '../shared/ids';
import { type Result, err, ok } from '../shared/result';
import { isValidTimeZone } from '../shared/zoned-time';

export const ORGANISATION_KINDS = [
  'commune',
  'inter_municipal_body',
  'department',
  'region',
  'province',
  'state_level',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const COMMUNICATION_CHANNELS = [
  'email',
  'phone',
  'video_call',
  'instant_messaging',
  'postal_mail',
  'in_person',
] as const;
export type CommunicationChannel = (typeof COMMUNICATION_CHANNELS)[number];

export const RELIABILITY_LEVELS = ['good', 'intermittent', 'poor'] as const;
export type Reliability = (typeof RELIABILITY_LEVELS)[number];

/** The method asks to mind each place's constraints: phone, internet access, communication habits. */
export interface CommunicationConstraints {
  readonly internet: Reliability;
  readonly phone: Reliability;
  readonly usualChannels: readonly CommunicationChannel[];
}

/** A local authority (collectivité territoriale). */
export interface Organisation {
  readonly id: OrganisationId;
  readonly name: string;
  readonly kind: OrganisationKind;
  /** ISO 3166-1 alpha-2, upper case ("FR", "ML"). */
  readonly country: string;
  readonly population: number;
  /** BCP 47 tags ("fr", "bm-ML"). */
  readonly languages: readonly string[];
  /** IANA zone ("Europe/Paris", "Africa/Bamako"). */
  readonly timeZone: string;
  readonly communication: CommunicationConstraints;
}

const COUNTRY_PATTERN = /^[A-Z]{2}$/;
/** Language subtag, optional script, region or variants: enough to reject typos, not a full BCP 47 parser. */
const LANGUAGE_TAG_PATTERN = /^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|\d{3}))?(-[a-zA-Z\d]{5,8})*$/;

export function isCountryCode(value: string): boolean {
  return COUNTRY_PATTERN.test(value);
}

export function isLanguageTag(value: string): boolean {
  return LANGUAGE_TAG_PATTERN.test(value);
}

function firstOrganisationError(organisation: Organisation): DomainError | null {
  if (organisation.name.trim() === '') {
    return domainError('RECORD.TEXT_REQUIRED', 'An organisation needs a name.', { field: 'name' });
  }
  if (!isCountryCode(organisation.country)) {
    return domainError('ORGANISATION.INVALID_COUNTRY', 'Country must be an ISO 3166-1 alpha-2 code.', {
      country: organisation.country,
    });
  }
  if (!Number.isInteger(organisation.population) || organisation.population < 0) {
    return domainError('ORGANISATION.INVALID_POPULATION', 'Population must be a non-negative integer.', {
      population: organisation.population,
    });
  }
  const badLanguage = organisation.languages.find((tag) => !isLanguageTag(tag));
  if (organisation.languages.length === 0 || badLanguage !== undefined) {
    return domainError('ORGANISATION.INVALID_LANGUAGE', 'Languages must be one or more BCP 47 tags.', {
      language: badLanguage ?? null,
    });
  }
  if (!isValidTimeZone(organisation.timeZone)) {
    return domainError('ORGANISATION.INVALID_TIME_ZONE', 'Time zone must be an IANA zone name.', {
      timeZone: organisation.timeZone,
    });
  }
  return null;
}

export function validateOrganisation(organisation: Organisation): Result<Organisation> {
  const error = firstOrganisationError(organisation);
  return error ? err(error) : ok(organisation);
}

/** Whether the place's infrastructure makes a channel workable (habits are a separate question). */
export function isChannelUsable(
  channel: CommunicationChannel,
  constraints: CommunicationConstraints,
): boolean {
  switch (channel) {
    case 'video_call':
      return constraints.internet === 'good';
    case 'email':
    case 'instant_messaging':
      return constraints.internet !== 'poor';
    case 'phone':
      return constraints.phone !== 'poor';
    case 'postal_mail':
    case 'in_person':
      return true;
    default: {
      const _exhaustive: never = channel;
      return _exhaustive;
    }
  }
}

/** Channels that every place can use: what a dialogue plan may rely on. */
export function channelsUsableByAll(organisations: readonly Organisation[]): readonly CommunicationChannel[] {
  return COMMUNICATION_CHANNELS.filter((channel) =>
    organisations.every((organisation) => isChannelUsable(channel, organisation.communication)),
  );
}
