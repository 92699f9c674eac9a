/**
 * What an audit event is about: the kinds an administrator filters the trail by. Every write names one of
 * these, so that a new kind of record cannot reach the trail without its filter and its label in the web app.
 */
export const AUDIT_ENTITY_TYPES = [
  'partnership',
  'partnership_internal_note',
  'organisation',
  'user',
  'session',
  'invitation',
  'territory_actor',
  'partner_request',
  'presentation_share_link',
  'stored_file',
  'reminder',
  'calendar_feed',
  'funding_call',
  'funding_application',
  'system',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
