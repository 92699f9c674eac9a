import { ApiProperty } from '@nestjs/swagger';
import {
  CONVENTION_STATES,
  DIALOGUE_AUDIENCES,
  PARTNERSHIP_STATUSES,
  RUPTURE_SIGNAL_KINDS,
  STEP_IDS,
  VISIT_DIRECTIONS,
} from '@passerelle/domain';

// A party's row of its portfolio, as the stored summary keeps it (docs/adr/0010-stored-portfolio-summary.md)
// and the portfolio sends it.

export class PortfolioPartnerView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  countryCode: string;
}

export class HealthComponentView {
  @ApiProperty()
  id: string;

  @ApiProperty()
  weight: number;

  @ApiProperty({ description: '0..1' })
  value: number;

  @ApiProperty()
  explanationKey: string;
}

export class HealthView {
  @ApiProperty({ description: '0..100' })
  score: number;

  @ApiProperty({ type: [HealthComponentView] })
  components: HealthComponentView[];
}

export class NextVisitView {
  @ApiProperty()
  visitId: string;

  @ApiProperty({ enum: VISIT_DIRECTIONS })
  direction: string;

  @ApiProperty()
  startsOn: string;

  @ApiProperty()
  endsOn: string;
}

export class DialogueDueView {
  @ApiProperty({ enum: DIALOGUE_AUDIENCES })
  audience: string;

  @ApiProperty()
  dueOn: string;

  @ApiProperty({ enum: ['on_track', 'due_soon', 'overdue'] })
  status: string;

  @ApiProperty({ type: String, nullable: true })
  lastExchangeOn: string | null;
}

export class PortfolioAsymmetryView {
  @ApiProperty()
  visitsToPartner: number;

  @ApiProperty()
  visitsFromPartner: number;

  @ApiProperty()
  actionsCount: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Share of actions your authority initiated.' })
  ownInitiatedShare: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Share of actions on your territory.' })
  ownLocatedShare: number | null;

  @ApiProperty({ type: Number, nullable: true })
  indicatorsCoValidatedShare: number | null;
}

/** A warning sign of rupture weighing on the relation today. */
export class PortfolioRuptureSignalView {
  @ApiProperty({ enum: RUPTURE_SIGNAL_KINDS })
  kind: string;

  @ApiProperty({ example: '2026-03-15' })
  occursOn: string;

  @ApiProperty({ format: 'uuid', description: 'The side it is about.' })
  partyId: string;
}

export class PortfolioRowView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ enum: PARTNERSHIP_STATUSES })
  status: string;

  @ApiProperty({ enum: ['initiator', 'partner'], description: 'Your authority’s role in it.' })
  yourRole: string;

  @ApiProperty({ enum: STEP_IDS, nullable: true, type: String })
  currentStep: string | null;

  @ApiProperty({ description: 'Steps done, out of six.' })
  stepsDone: number;

  @ApiProperty({ type: HealthView })
  health: HealthView;

  @ApiProperty({ type: [PortfolioPartnerView], description: 'The other parties.' })
  partners: PortfolioPartnerView[];

  @ApiProperty({ type: NextVisitView, nullable: true })
  nextVisit: NextVisitView | null;

  @ApiProperty({ type: [DialogueDueView] })
  dialogueDue: DialogueDueView[];

  @ApiProperty({ description: 'The dialogue is falling asleep (domain alert).' })
  fallingAsleep: boolean;

  @ApiProperty({ enum: CONVENTION_STATES, nullable: true, type: String })
  conventionState: string | null;

  @ApiProperty({ type: String, nullable: true })
  conventionExpiresOn: string | null;

  @ApiProperty({ type: PortfolioAsymmetryView })
  asymmetry: PortfolioAsymmetryView;

  @ApiProperty({ description: 'Number of warnings of the method.' })
  warningsCount: number;

  @ApiProperty({
    type: [PortfolioRuptureSignalView],
    description: 'Warning signs of rupture weighing on the relation today, soonest first.',
  })
  ruptureSignals: PortfolioRuptureSignalView[];
}
