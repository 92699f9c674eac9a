import { ProblemException } from '../common/problem/problem';
import { assertPasswordAcceptable, findPasswordWeakness, type PasswordOwner } from './password-policy';

const OWNER: PasswordOwner = { email: 'Jean.Dupont@angers.test', organisationName: "Ville d'Angers" };

describe('the password rule beyond length', () => {
  it.each([
    'password1234',
    'qwerty123456',
    '1q2w3e4r5t6y',
    'Password2026!',
    '!!sunshine!!2026',
    'aaaaaaaaaaaa',
    'abababababab',
    'abcabcabcabc',
  ])('refuses %s as too common', (password) => {
    expect(findPasswordWeakness(password, OWNER)).toBe('AUTH.PASSWORD_TOO_COMMON');
  });

  it.each([
    'jean.dupont@angers.test',
    'Jean.Dupont-2026!',
    'xx-dupont-secret-xx',
    'mon-mot-de-passe-villedangers',
    'VILLE D’ANGERS pour toujours',
    'Ville d’Ängers 2026 !',
  ])('refuses %s as containing the e-mail or the organisation', (password) => {
    expect(findPasswordWeakness(password, OWNER)).toBe('AUTH.PASSWORD_CONTAINS_IDENTITY');
  });

  it.each(['correct horse battery staple', 'Le Loir coule vers Angers-sur-Maine?', 'tz7-Kq2p-Wm9x'])(
    'accepts %s',
    (password) => {
      expect(findPasswordWeakness(password, OWNER)).toBeNull();
    },
  );

  it('ignores parts of an address too short to mean anything', () => {
    expect(findPasswordWeakness('tz7-Kq2p-Wm9x-jo', { ...OWNER, email: 'jo@x.fr' })).toBeNull();
  });

  it('answers a 422 problem naming the field and the rule', () => {
    let thrown: unknown;
    try {
      assertPasswordAcceptable('password1234', OWNER, 'newPassword');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ProblemException);
    const problem = thrown as ProblemException;
    expect([problem.code, problem.status]).toEqual(['AUTH.PASSWORD_TOO_COMMON', 422]);
    expect(problem.extensions.errors).toEqual([
      expect.objectContaining({ field: 'newPassword', rule: 'passwordNotCommon' }),
    ]);
  });
});
