import type { TFunction } from 'i18next';

const AUDIENCES = ['elected_officials', 'technicians', 'territory_actors'] as const;

/** A dialogue item names its audience (a code worded here); every other item, its record in its own words. */
function isAudience(label: string): label is (typeof AUDIENCES)[number] {
  return (AUDIENCES as readonly string[]).includes(label);
}

/** What an inbox item is about, in the reader's language where the API sends a code. */
export function inboxSubjectLabel(t: TFunction, kind: string, subjectLabel: string): string {
  return kind === 'dialogue-exchange-due' && isAudience(subjectLabel)
    ? t(`inbox.audience.${subjectLabel}`)
    : subjectLabel;
}
