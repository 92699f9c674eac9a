/** Identifiers are opaque strings chosen by the caller (UUIDs in the API); the domain never generates them. */
export type OrganisationId = string;
/** A party is an organisation taking part in a partnership: its id is the organisation's id. */
export type PartyId = OrganisationId;
export type PartnershipId = string;
