import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { methodWarningsFr } from './fr';

export const methodWarningsEn: Catalogue<typeof methodWarningsFr> = {
  ruptureSignals: {
    title: 'Warning signs of rupture',
    intro:
      'Regions broke off their partnerships after elections, budget cuts or a turn to their own interest, often without negotiating. Note these signs as soon as you learn of them, on either side: they stay in the history, every party sees them and they lower the health score while they weigh (six months before their date, a year after it).',
    empty: 'No sign recorded.',
    loading: 'Loading the signs…',
    listLabel: 'Recorded signs',
    active: 'Weighs today',
    inactive: 'No longer weighs (or not yet)',
    concerns: 'Side: {{party}}',
    on: 'Date: {{date}}',
    recordedBy: 'Noted by {{party}}',
    kinds: {
      election: 'Elections',
      mandate_change: 'Change of mandate or executive',
      budget_cut: 'Cut in the cooperation budget',
      self_interest_turn: 'Turn to the territory’s own interest',
      instability: 'Instability (political, administrative, security)',
      handed_to_operators: 'Cooperation handed to operators (NGOs, consultancies)',
    },
    form: {
      title: 'Note a sign',
      kind: 'Kind of sign',
      side: 'On which side',
      sideHelpPartner: 'A partner authority notes signs on its own side.',
      occursOn: 'Date (election day, start of the mandate, budget vote…)',
      note: 'What you know, and from whom',
      submit: 'Record the sign',
      recorded: 'Sign recorded.',
    },
    dashboard: {
      label: 'Signs of rupture',
      item: '{{kind}} — {{party}}, {{date}}',
    },
  },
  commitmentGate: {
    title: 'First, build the commitment',
    intro:
      'The search for partners is only relevant once the commitment is built: without motivations reviewed by elected officials and actors of the territory carrying the approach, the partner meets an institution alone, without a project. You can note a contact met by chance now; here is what is still missing.',
    missing: 'What step 1 still lacks',
    actors:
      '{{associated}} actor(s) of the territory associated, of {{kinds}} kind(s); at least {{requiredActors}} are needed, of at least {{requiredKinds}} kinds.',
    acceptBlocked: 'A partner can be accepted only once an elected official has reviewed your motivations.',
    fix: 'Complete',
  },
};
