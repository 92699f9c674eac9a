import { findPasswordWeakness } from '../auth/password-policy';
import { DEMO_LOGINS } from './demo-data';

// Demo accounts are seeded with their hash directly, but the demo password must still be one the
// password rule accepts: people try it on the change-password form and copy it into their own setups.
describe('the demo password', () => {
  it('passes the password rule for every demo account', () => {
    expect(DEMO_LOGINS.length).toBeGreaterThan(0);
    for (const login of DEMO_LOGINS) {
      const owner = { email: login.email, organisationName: login.organisation };
      expect([login.email, findPasswordWeakness(login.password, owner)]).toEqual([login.email, null]);
    }
  });
});
