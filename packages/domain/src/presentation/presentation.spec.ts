import { applyCommand } from '../partnership/apply-command';
import {
  INITIATOR,
  NOW,
  PARTNER,
  expectError,
  expectOk,
  newPartnership,
  run,
} from '../testing/fixtures.test-helpers';
import { presentationCompleteness } from './presentation';

describe('presentation', () => {
  it('measures completeness over motivations, territory and actors, stakes and contributions', () => {
    expect(presentationCompleteness(INITIATOR, undefined)).toEqual({
      partyId: INITIATOR,
      covered: [],
      missing: ['motivations', 'territory_and_actors', 'stakes', 'contributions'],
      ratio: 0,
    });
    const half = run(newPartnership(), [
      {
        type: 'UpdatePresentation',
        partyId: INITIATOR,
        sections: { motivations: 'Why we cooperate', stakes: 'Youth', contributions: '  ' },
        documentRef: null,
      },
    ]);
    expect(presentationCompleteness(INITIATOR, half.presentations[0])).toMatchObject({
      ratio: 0.5,
      missing: ['territory_and_actors', 'contributions'],
    });
  });

  it('merges updates into the existing presentation of the party', () => {
    const snapshot = run(newPartnership(), [
      {
        type: 'UpdatePresentation',
        partyId: INITIATOR,
        sections: { motivations: 'Why' },
        documentRef: 'file-1',
      },
      { type: 'UpdatePresentation', partyId: INITIATOR, sections: { stakes: 'Youth' }, documentRef: null },
    ]);
    expect(snapshot.presentations).toHaveLength(1);
    expect(snapshot.presentations[0]).toMatchObject({
      sections: { motivations: 'Why', stakes: 'Youth' },
      documentRef: 'file-1',
    });
  });

  it('keeps an English translation beside the main text, merged section by section, not counted for completeness', () => {
    const snapshot = run(newPartnership(), [
      {
        type: 'UpdatePresentation',
        partyId: INITIATOR,
        sections: { motivations: 'Pourquoi nous coopérons' },
        translations: { en: { motivations: 'Why we cooperate' } },
        documentRef: null,
      },
      {
        type: 'UpdatePresentation',
        partyId: INITIATOR,
        sections: {},
        translations: {
          en: { stakes: 'Youth', territory_and_actors: 'A river city', contributions: 'Water know-how' },
        },
        documentRef: null,
      },
    ]);
    expect(snapshot.presentations[0]).toMatchObject({
      sections: { motivations: 'Pourquoi nous coopérons' },
      translations: {
        en: {
          motivations: 'Why we cooperate',
          stakes: 'Youth',
          territory_and_actors: 'A river city',
          contributions: 'Water know-how',
        },
      },
    });
    expect(presentationCompleteness(INITIATOR, snapshot.presentations[0]).ratio).toBe(0.25);
  });

  it('refuses a presentation for an organisation that is not a party', () => {
    expectError(
      applyCommand(
        newPartnership(),
        { type: 'UpdatePresentation', partyId: PARTNER, sections: {}, documentRef: null },
        NOW,
      ),
      'PARTNERSHIP.UNKNOWN_PARTY',
    );
    expectOk(
      applyCommand(
        newPartnership(),
        { type: 'UpdatePresentation', partyId: INITIATOR, sections: {}, documentRef: null },
        NOW,
      ),
    );
  });
});
