import type { PartnershipSnapshot, Visit } from '@passerelle/domain';
import { receivesReminder } from './reminder-recipients';

const visit = {
  id: 'visit-1',
  delegation: [{ personId: 'viewer-in-delegation', name: 'V', partyId: 'a', role: 'technician' }],
  hosts: [{ personId: 'person:b:someone', name: 'S', partyId: 'b', role: 'technician' }],
} as unknown as Visit;
const snapshot = { visits: [visit] } as Pick<PartnershipSnapshot, 'visits'>;

const dialogue = (audience: string) => ({ kind: 'dialogue-due' as const, audience, visitId: null });
const visitReminder = { kind: 'visit-upcoming' as const, audience: null, visitId: 'visit-1' };
const convention = { kind: 'convention-expiring' as const, audience: null, visitId: null };

describe('who receives a reminder', () => {
  it('reminds officers and admins of everything', () => {
    for (const role of ['admin', 'officer']) {
      for (const reminder of [dialogue('technicians'), visitReminder, convention]) {
        expect(receivesReminder({ id: 'u', role }, reminder, snapshot)).toBe(true);
      }
    }
  });

  it('reminds elected officials of their own exchanges and of the convention, not of the technicians’', () => {
    const elected = { id: 'e', role: 'elected' };
    expect(receivesReminder(elected, dialogue('elected_officials'), snapshot)).toBe(true);
    expect(receivesReminder(elected, convention, snapshot)).toBe(true);
    expect(receivesReminder(elected, { ...convention, kind: 'convention-tacit-renewal' }, snapshot)).toBe(
      true,
    );
    expect(receivesReminder(elected, dialogue('technicians'), snapshot)).toBe(false);
    expect(receivesReminder(elected, visitReminder, snapshot)).toBe(false);
  });

  it('reminds the members of a visit with an account of that visit, whatever their role', () => {
    expect(receivesReminder({ id: 'viewer-in-delegation', role: 'viewer' }, visitReminder, snapshot)).toBe(
      true,
    );
    expect(receivesReminder({ id: 'other-viewer', role: 'viewer' }, visitReminder, snapshot)).toBe(false);
    expect(
      receivesReminder({ id: 'viewer-in-delegation', role: 'viewer' }, dialogue('technicians'), snapshot),
    ).toBe(false);
    expect(
      receivesReminder(
        { id: 'contributor', role: 'contributor' },
        { ...visitReminder, visitId: 'gone' },
        snapshot,
      ),
    ).toBe(false);
  });
});
