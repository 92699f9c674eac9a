import { ApiProperty } from '@nestjs/swagger';
import {
  BUDGET_LINE_STATUSES,
  CONVENTION_STATES,
  COUNCIL_DECISION_SUBJECTS,
  DIALOGUE_AUDIENCES,
  DIALOGUE_DUE_STATUSES,
  FUNDER_KINDS,
  FUNDER_REPORT_KINDS,
  HANDOVER_CONTACT_CAPACITIES,
  HANDOVER_GRANT_STATUSES,
  HEALTH_COMPONENT_IDS,
  MOTIVATION_CATEGORIES,
  PARTNERSHIP_FORMS,
  PARTNERSHIP_STATUSES,
  VISIT_DIRECTIONS,
  INTERFACE_LANGUAGES,
} from '@passerelle/domain';
import { IsIn, IsOptional } from 'class-validator';
import { AuthorityView } from './atlas-sheet.dto';

const DATE = { description: 'YYYY-MM-DD' };
const NULLABLE_DATE = { type: String, nullable: true, description: 'YYYY-MM-DD' };

export class HandoverPartyView {
  @ApiProperty({ format: 'uuid' })
  organisationId: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  country: string;
}

export class HandoverMotivationView {
  @ApiProperty()
  partyName: string;

  @ApiProperty({ description: 'Your authority’s own motivation (partners’ appear once shared).' })
  own: boolean;

  @ApiProperty({ enum: MOTIVATION_CATEGORIES })
  category: string;

  @ApiProperty()
  text: string;

  @ApiProperty(NULLABLE_DATE)
  approvedOn: string | null;
}

export class HandoverCouncilDecisionView {
  @ApiProperty()
  partyName: string;

  @ApiProperty({ enum: COUNCIL_DECISION_SUBJECTS })
  subject: string;

  @ApiProperty()
  reference: string;

  @ApiProperty(DATE)
  decidedOn: string;
}

export class HandoverConventionView {
  @ApiProperty({ enum: CONVENTION_STATES })
  state: string;

  @ApiProperty(NULLABLE_DATE)
  signedOn: string | null;

  @ApiProperty(NULLABLE_DATE)
  effectiveOn: string | null;

  @ApiProperty(NULLABLE_DATE)
  expiresOn: string | null;

  @ApiProperty()
  tacitRenewal: boolean;

  @ApiProperty({ ...NULLABLE_DATE, description: 'Last day to object to the tacit renewal.' })
  renewalObjectionBy: string | null;

  @ApiProperty()
  renewalObjected: boolean;

  @ApiProperty()
  terminationNoticeDays: number;
}

export class HandoverRuptureView {
  @ApiProperty()
  stage: string;

  @ApiProperty(NULLABLE_DATE)
  noticeGivenOn: string | null;

  @ApiProperty(NULLABLE_DATE)
  effectiveOn: string | null;
}

export class HandoverFollowUpView {
  @ApiProperty()
  title: string;

  @ApiProperty()
  ownerName: string;

  @ApiProperty()
  ownerPartyName: string;

  @ApiProperty(DATE)
  dueOn: string;

  @ApiProperty()
  overdue: boolean;

  @ApiProperty()
  visitPurpose: string;
}

export class HandoverExchangeDueView {
  @ApiProperty({ enum: DIALOGUE_AUDIENCES })
  audience: string;

  @ApiProperty(NULLABLE_DATE)
  lastExchangeOn: string | null;

  @ApiProperty(DATE)
  dueOn: string;

  @ApiProperty({ enum: DIALOGUE_DUE_STATUSES })
  status: string;
}

export class HandoverVisitView {
  @ApiProperty(DATE)
  startsOn: string;

  @ApiProperty({ enum: VISIT_DIRECTIONS })
  direction: string;

  @ApiProperty()
  purpose: string;
}

export class HandoverContactView {
  @ApiProperty()
  own: boolean;

  @ApiProperty()
  partyName: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: HANDOVER_CONTACT_CAPACITIES })
  capacity: string;

  @ApiProperty({ type: String, nullable: true })
  title: string | null;

  @ApiProperty({ type: String, nullable: true })
  email: string | null;
}

export class HandoverFundingLineView {
  @ApiProperty()
  actionTitle: string;

  @ApiProperty({ enum: FUNDER_KINDS })
  funder: string;

  @ApiProperty()
  funderName: string;

  @ApiProperty({ enum: BUDGET_LINE_STATUSES })
  status: string;

  @ApiProperty()
  amount: number;

  @ApiProperty()
  currency: string;

  @ApiProperty({ type: Number, nullable: true })
  committedAmount: number | null;

  @ApiProperty({ type: Number, nullable: true })
  paidAmount: number | null;

  @ApiProperty(NULLABLE_DATE)
  paidOn: string | null;

  @ApiProperty(NULLABLE_DATE)
  periodEndsOn: string | null;
}

export class HandoverTrancheView {
  @ApiProperty()
  label: string;

  @ApiProperty(DATE)
  expectedOn: string;

  @ApiProperty({ description: 'Euros.' })
  expectedAmount: number;

  @ApiProperty(NULLABLE_DATE)
  receivedOn: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Euros.' })
  receivedAmount: number | null;

  @ApiProperty({ description: 'Not received and its expected date passed.' })
  late: boolean;
}

export class HandoverFunderReportView {
  @ApiProperty({ enum: FUNDER_REPORT_KINDS })
  kind: string;

  @ApiProperty(DATE)
  dueOn: string;

  @ApiProperty({ ...NULLABLE_DATE, description: 'When it was sent to the funder; null: not yet.' })
  submittedOn: string | null;

  @ApiProperty({ description: 'Not sent and its due date passed.' })
  overdue: boolean;
}

export class HandoverGrantView {
  @ApiProperty()
  actionTitle: string;

  @ApiProperty()
  applicantName: string;

  @ApiProperty({ description: 'Whether the dossier’s authority applied.' })
  own: boolean;

  @ApiProperty()
  funderName: string;

  @ApiProperty()
  callName: string;

  @ApiProperty({ enum: HANDOVER_GRANT_STATUSES })
  status: string;

  @ApiProperty({ ...NULLABLE_DATE, description: 'A draft’s last day to submit (its call’s closing date).' })
  submitBy: string | null;

  @ApiProperty({ description: 'Euros.' })
  requestedAmount: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Euros.' })
  grantedAmount: number | null;

  @ApiProperty(NULLABLE_DATE)
  decidedOn: string | null;

  @ApiProperty({ description: 'The funder’s conditions attached to its grant.' })
  conditions: string;

  @ApiProperty({ type: [HandoverTrancheView], description: 'By expected date.' })
  tranches: HandoverTrancheView[];

  @ApiProperty({ type: [HandoverFunderReportView], description: 'By due date.' })
  reports: HandoverFunderReportView[];
}

export class HandoverHealthComponentView {
  @ApiProperty({ enum: HEALTH_COMPONENT_IDS })
  id: string;

  @ApiProperty()
  points: number;

  @ApiProperty()
  weight: number;
}

export class HandoverHealthView {
  @ApiProperty()
  score: number;

  @ApiProperty({ type: [HandoverHealthComponentView], description: 'Weakest first.' })
  components: HandoverHealthComponentView[];

  @ApiProperty({ type: [String], description: 'Warning ids (messages `warnings.<id>`).' })
  warnings: string[];
}

export class HandoverPartnershipView {
  @ApiProperty({ format: 'uuid' })
  partnershipId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: PARTNERSHIP_STATUSES })
  status: string;

  @ApiProperty({ enum: PARTNERSHIP_FORMS })
  form: string;

  @ApiProperty(DATE)
  since: string;

  @ApiProperty({ type: [HandoverPartyView] })
  partners: HandoverPartyView[];

  @ApiProperty({ type: [HandoverMotivationView] })
  motivations: HandoverMotivationView[];

  @ApiProperty({ type: [HandoverCouncilDecisionView] })
  councilDecisions: HandoverCouncilDecisionView[];

  @ApiProperty({ type: HandoverConventionView, nullable: true })
  convention: HandoverConventionView | null;

  @ApiProperty({ type: HandoverRuptureView, nullable: true })
  rupture: HandoverRuptureView | null;

  @ApiProperty({ type: [HandoverFollowUpView] })
  openFollowUps: HandoverFollowUpView[];

  @ApiProperty({ type: [HandoverExchangeDueView] })
  nextExchanges: HandoverExchangeDueView[];

  @ApiProperty({ type: HandoverVisitView, nullable: true })
  nextVisit: HandoverVisitView | null;

  @ApiProperty({ type: [HandoverContactView] })
  contacts: HandoverContactView[];

  @ApiProperty({ type: [HandoverFundingLineView] })
  funding: HandoverFundingLineView[];

  @ApiProperty({
    type: [HandoverGrantView],
    description: 'Applications still binding someone: drafts, submissions, grants.',
  })
  grants: HandoverGrantView[];

  @ApiProperty({ type: HandoverHealthView })
  health: HandoverHealthView;
}

export class HandoverDossierView {
  @ApiProperty({ type: AuthorityView })
  authority: AuthorityView;

  @ApiProperty({ description: 'The day the dossier describes (YYYY-MM-DD, UTC).' })
  asOf: string;

  @ApiProperty({ type: [HandoverPartnershipView] })
  partnerships: HandoverPartnershipView[];
}

export class HandoverDossierPdfQueryDto {
  @ApiProperty({
    enum: INTERFACE_LANGUAGES,
    required: false,
    description: 'The account’s language when left out.',
  })
  @IsOptional()
  @IsIn(INTERFACE_LANGUAGES)
  language?: string;
}
