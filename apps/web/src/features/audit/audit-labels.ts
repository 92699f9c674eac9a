import type { TFunction } from 'i18next';
import { fr, type Messages } from '../../lib/i18n/fr';
import type { AuditEntityType } from './api/get-audit-events';
import { localeOf } from '../../lib/i18n/locale';

type AuditMessages = Messages['audit'];
type ActionMessages = AuditMessages['actions'];

/** Every recorded action the app has words for (`lifecycle.MeasurementRecorded`, `user.updated`). */
type KnownAuditAction = {
  [Group in keyof ActionMessages]: `${Group & string}.${keyof ActionMessages[Group] & string}`;
}[keyof ActionMessages];

type KnownAuditField = keyof AuditMessages['fields'];

// Fails the typecheck when the API records a kind of event the catalogue has no words for.
const ENTITY_TYPE_LABELS: Record<AuditEntityType, string> = fr.audit.entityTypes;

/** The kinds of event the trail filters by, in the catalogue's order. */
export const AUDIT_ENTITY_TYPES = Object.keys(ENTITY_TYPE_LABELS) as AuditEntityType[];

export function isAuditEntityType(value: string | null | undefined): value is AuditEntityType {
  return value !== null && value !== undefined && value in ENTITY_TYPE_LABELS;
}

function isKnownAction(action: string): action is KnownAuditAction {
  const [group, name, ...rest] = action.split('.');
  const messages = (fr.audit.actions as Record<string, Record<string, string> | undefined>)[group ?? ''];
  return rest.length === 0 && name !== undefined && messages !== undefined && name in messages;
}

/** What happened, in the reader's words; an action the catalogue does not know yet keeps its code. */
export function auditActionLabel(t: TFunction, action: string): string {
  return isKnownAction(action) ? t(`audit.actions.${action}`) : action;
}

export function auditEntityTypeLabel(t: TFunction, entityType: string): string {
  return isAuditEntityType(entityType) ? t(`audit.entityTypes.${entityType}`) : entityType;
}

/** A changed field's name in the reader's words, or its code when the catalogue does not know it. */
export function auditFieldLabel(t: TFunction, field: string): string {
  return field in fr.audit.fields ? t(`audit.fields.${field as KnownAuditField}`) : field;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a change is worth showing: a record's own id with no name behind it (`stakeId`, `motivationId`)
 * tells an administrator nothing, the event's label already says what was recorded.
 */
export function isReadableChange(
  change: { before?: unknown; after?: unknown },
  names: Readonly<Record<string, string>>,
): boolean {
  const unnamedId = (value: unknown) => typeof value === 'string' && UUID.test(value) && !(value in names);
  return !unnamedId(change.before) && !unnamedId(change.after);
}

/**
 * A changed value as a person reads it: the name behind an id, a day in the reader's language, a list
 * joined, other values as written.
 */
export function auditValueText(
  value: unknown,
  names: Readonly<Record<string, string>>,
  empty: string,
  language: string,
): string {
  if (value === undefined || value === null || value === '') return empty;
  if (Array.isArray(value)) {
    return value.length === 0
      ? empty
      : value.map((item) => auditValueText(item, names, empty, language)).join(', ');
  }
  if (typeof value === 'string') {
    if (CALENDAR_DATE.test(value)) {
      const day = new Date(`${value}T00:00:00Z`);
      return day.toLocaleDateString(localeOf(language), { dateStyle: 'long', timeZone: 'UTC' });
    }
    return names[value] ?? value;
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
