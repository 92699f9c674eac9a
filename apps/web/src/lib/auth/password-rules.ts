/**
 * The API's minimum password length (`MIN_PASSWORD_LENGTH`), for the forms' hints. The API checks it and
 * names the field when a password is too short; the contract does not publish it yet.
 */
export const MIN_PASSWORD_LENGTH = 12;
