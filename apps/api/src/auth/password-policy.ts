import { dictionary } from '@zxcvbn-ts/language-common';
import { ProblemException } from '../common/problem/problem';

/**
 * The most used passwords (about 49,000, lower case), as maintained by the zxcvbn-ts project: a list
 * kept by people who follow the leaks, rather than one written here. Built once, on first use.
 */
let commonPasswords: ReadonlySet<string> | undefined;
function isCommonPassword(candidate: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common']);
  return commonPasswords.has(candidate);
}

/** A password made of so few different characters (`aaaaaaaaaaaa`, `abababababab`) is guessed at once. */
const MIN_DISTINCT_CHARACTERS = 5;
/** Shorter parts of an e-mail or a name (`jo`, `dr`) are found inside too many good passwords. */
const MIN_IDENTITY_PART_LENGTH = 3;

/** Whose password it is: what an attacker who targets this account tries first. */
export interface PasswordOwner {
  email: string;
  organisationName: string;
}

export type PasswordWeakness = 'AUTH.PASSWORD_TOO_COMMON' | 'AUTH.PASSWORD_CONTAINS_IDENTITY';

/** Lower case without accents, so that `Élodie`, `ELODIE` and `elodie` compare equal. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Letters and digits only: `Ville d'Angers` and `ville-d-angers` both become `villedangers`. */
function compact(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]/gu, '');
}

/** The password without what people add around a common word to pass a rule (`Password2026!`). */
function core(folded: string): string {
  return folded.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

function isTooCommon(password: string): boolean {
  const folded = fold(password);
  const trimmed = core(folded);
  return (
    isCommonPassword(folded) ||
    isCommonPassword(compact(password)) ||
    (trimmed.length >= 4 && isCommonPassword(trimmed)) ||
    new Set(folded).size < MIN_DISTINCT_CHARACTERS
  );
}

/** The e-mail, its local part and that part's pieces (`jean.dupont` → `jean`, `dupont`), the organisation's name. */
function identityParts(owner: PasswordOwner): string[] {
  const email = fold(owner.email.trim());
  const localPart = email.split('@')[0] ?? '';
  return [email, localPart, ...localPart.split(/[^\p{L}\p{N}]+/u), owner.organisationName]
    .map(compact)
    .filter((part) => part.length >= MIN_IDENTITY_PART_LENGTH);
}

function containsIdentity(password: string, owner: PasswordOwner): boolean {
  const folded = compact(password);
  return identityParts(owner).some((part) => folded.includes(part));
}

/**
 * Why this password would be guessed first, or null. Length is checked by the request's validation; this
 * is what length alone lets through: a password among the most used ones (also with digits or signs
 * around it, or a character repeated), or one containing the account's e-mail or its organisation's name.
 */
export function findPasswordWeakness(password: string, owner: PasswordOwner): PasswordWeakness | null {
  if (isTooCommon(password)) return 'AUTH.PASSWORD_TOO_COMMON';
  if (containsIdentity(password, owner)) return 'AUTH.PASSWORD_CONTAINS_IDENTITY';
  return null;
}

const WEAKNESS_MESSAGES: Record<PasswordWeakness, { rule: string; message: string }> = {
  'AUTH.PASSWORD_TOO_COMMON': {
    rule: 'passwordNotCommon',
    message: 'This password is among the most used ones, or too repetitive: choose another one.',
  },
  'AUTH.PASSWORD_CONTAINS_IDENTITY': {
    rule: 'passwordWithoutIdentity',
    message: 'This password contains your e-mail address or your organisation’s name: choose another one.',
  },
};

/** Refuses (422, naming the field) a password that `findPasswordWeakness` finds weak. */
export function assertPasswordAcceptable(password: string, owner: PasswordOwner, field: string): void {
  const weakness = findPasswordWeakness(password, owner);
  if (!weakness) return;
  const { rule, message } = WEAKNESS_MESSAGES[weakness];
  throw new ProblemException(weakness, message, { errors: [{ field, rule, message }] });
}
