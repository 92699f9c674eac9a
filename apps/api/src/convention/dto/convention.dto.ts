import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTION_THEMES,
  CONVENTION_COMMAND_TYPES,
  CONVENTION_DIFF_FIELDS,
  CONVENTION_STATES,
  CRITERION_IDS,
  RENEWAL_KINDS,
} from '@passerelle/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsISO8601,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { VersionedDto } from '../../commitment/dto/commitment.dto';
import { StoredFileView } from '../../files/dto/stored-file.dto';
import {
  OngoingActionView,
  SuspensionView,
  TerminationView,
} from '../../partnership-status/dto/partnership-status.dto';

const TEXT_MAX = 100_000;
const CLAUSE_MAX = 20_000;

export class TacitRenewalTermsDto {
  @ApiProperty({ description: 'Length of each renewed term, in months.' })
  @IsInt()
  @Max(1200)
  periodMonths: number;

  @ApiProperty({ description: 'A party objects at least this many days before expiry.' })
  @IsInt()
  @Max(3650)
  objectionNoticeDays: number;
}

export class ConventionTermsDto {
  @ApiProperty({ description: 'Duration from entry into force, in months.' })
  @IsInt()
  @Max(1200)
  durationMonths: number;

  @ApiProperty({ type: TacitRenewalTermsDto, nullable: true, description: 'null: no tacit renewal.' })
  @ValidateIf((_terms: ConventionTermsDto, value: unknown) => value !== null)
  @IsObject()
  @ValidateNested()
  @Type(() => TacitRenewalTermsDto)
  tacitRenewal: TacitRenewalTermsDto | null;

  @ApiProperty({ description: 'Notice a party owes the others to terminate, in days.' })
  @IsInt()
  @Max(3650)
  terminationNoticeDays: number;
}

/** The clauses the method expects a convention to spell out; objectives are required by the domain. */
export class ConventionContentDto {
  @ApiProperty({ maxLength: CLAUSE_MAX })
  @IsString()
  @MaxLength(CLAUSE_MAX)
  objectives: string;

  @ApiProperty({ type: [String], description: 'One priority per entry.' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  priorities: string[];

  @ApiProperty({
    type: [String],
    description: `Themes: ${ACTION_THEMES.join(', ')}, or \`custom:<slug>\`.`,
  })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  themes: string[];

  @ApiProperty({ maxLength: CLAUSE_MAX })
  @IsString()
  @MaxLength(CLAUSE_MAX)
  governance: string;

  @ApiProperty({ maxLength: CLAUSE_MAX })
  @IsString()
  @MaxLength(CLAUSE_MAX)
  dialogueModalities: string;

  @ApiProperty({ maxLength: CLAUSE_MAX })
  @IsString()
  @MaxLength(CLAUSE_MAX)
  fundingCommitments: string;

  @ApiProperty({ maxLength: CLAUSE_MAX })
  @IsString()
  @MaxLength(CLAUSE_MAX)
  terminationClause: string;
}

/** A draft, or a revision (a new version): the whole text, clauses and terms. */
export class ConventionTextDto extends VersionedDto {
  @ApiProperty({ maxLength: TEXT_MAX, description: 'The convention’s full text.' })
  @IsString()
  @MaxLength(TEXT_MAX)
  text: string;

  @ApiProperty({ type: ConventionContentDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ConventionContentDto)
  content: ConventionContentDto;

  @ApiProperty({ type: ConventionTermsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ConventionTermsDto)
  terms: ConventionTermsDto;
}

export class ApproveConventionDto extends VersionedDto {
  @ApiProperty({ description: 'The convention version your council approved (the current one).' })
  @IsInt()
  @Min(1)
  conventionVersion: number;

  @ApiProperty({ maxLength: 100, description: 'Reference of the council decision (délibération).' })
  @IsString()
  @MaxLength(100)
  councilDecisionRef: string;

  @ApiProperty({ description: 'Date of the council decision (YYYY-MM-DD), today at the latest.' })
  @IsISO8601({ strict: true })
  decidedOn: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The decision as uploaded to the partnership’s files.',
  })
  @IsOptional()
  @IsUUID()
  decisionFileId?: string;
}

export class SignatoryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  partyId: string;

  @ApiProperty({ maxLength: 120 })
  @IsString()
  @MaxLength(120)
  name: string;

  @ApiProperty({ maxLength: 200, description: 'Capacity, e.g. Maire, Président du conseil régional.' })
  @IsString()
  @MaxLength(200)
  title: string;
}

export class SignConventionDto extends VersionedDto {
  @ApiProperty({ description: 'The convention version signed: the one every party approved.' })
  @IsInt()
  @Min(1)
  conventionVersion: number;

  @ApiProperty({ description: 'Day of the signature (YYYY-MM-DD).' })
  @IsISO8601({ strict: true })
  signedOn: string;

  @ApiProperty({ type: [SignatoryDto], description: 'At least one per party.' })
  @IsArray()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => SignatoryDto)
  signatories: SignatoryDto[];

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The signed convention, a PDF of the partnership’s files.',
  })
  @IsOptional()
  @IsUUID()
  signedFileId?: string;
}

export class BringConventionIntoForceDto extends VersionedDto {
  @ApiProperty({ description: 'First day in force (YYYY-MM-DD), not before the signature.' })
  @IsISO8601({ strict: true })
  effectiveOn: string;
}

export class ObjectToRenewalDto extends VersionedDto {
  @ApiProperty({ description: 'Day your party objected (YYYY-MM-DD), by the objection deadline.' })
  @IsISO8601({ strict: true })
  objectedOn: string;
}

export class RenewConventionDto extends VersionedDto {
  @ApiProperty({ enum: RENEWAL_KINDS, description: '`tacit` on the expiry date, or `explicit` by decision.' })
  @IsIn(RENEWAL_KINDS)
  kind: string;

  @ApiPropertyOptional({
    maxLength: 100,
    description: 'Explicit renewals: the councils’ decision reference.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  decisionRef?: string;

  @ApiPropertyOptional({ description: 'Explicit renewals: the new expiry date (YYYY-MM-DD).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  newExpiresOn?: string;
}

export class ConventionDiffQueryDto {
  @ApiProperty({ description: 'Version number to compare from.' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  from: number;

  @ApiProperty({ description: 'Version number to compare to.' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  to: number;

  @ApiPropertyOptional({ description: 'A convention of the history; the current one by default.' })
  @IsOptional()
  @IsUUID()
  conventionId?: string;
}

export class TacitRenewalTermsView {
  @ApiProperty()
  periodMonths: number;

  @ApiProperty()
  objectionNoticeDays: number;
}

export class ConventionTermsView {
  @ApiProperty()
  durationMonths: number;

  @ApiProperty({ type: TacitRenewalTermsView, nullable: true })
  tacitRenewal: TacitRenewalTermsView | null;

  @ApiProperty()
  terminationNoticeDays: number;
}

export class ConventionContentView {
  @ApiProperty()
  objectives: string;

  @ApiProperty({ type: [String] })
  priorities: string[];

  @ApiProperty({ type: [String] })
  themes: string[];

  @ApiProperty()
  governance: string;

  @ApiProperty()
  dialogueModalities: string;

  @ApiProperty()
  fundingCommitments: string;

  @ApiProperty()
  terminationClause: string;
}

export class ConventionVersionView {
  @ApiProperty()
  number: number;

  @ApiProperty()
  text: string;

  @ApiProperty({ type: ConventionContentView })
  content: ConventionContentView;

  @ApiProperty({ type: ConventionTermsView })
  terms: ConventionTermsView;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class ConventionApprovalView {
  @ApiProperty({ format: 'uuid' })
  partyId: string;

  @ApiProperty({ description: 'The convention version approved.' })
  version: number;

  @ApiProperty()
  councilDecisionRef: string;

  @ApiProperty()
  decidedOn: string;

  @ApiProperty({ type: StoredFileView, nullable: true })
  decisionFile: StoredFileView | null;
}

export class SignatoryView {
  @ApiProperty({ format: 'uuid' })
  partyId: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  title: string;
}

export class ConventionSignatureView {
  @ApiProperty()
  version: number;

  @ApiProperty()
  signedOn: string;

  @ApiProperty({ type: [SignatoryView] })
  signatories: SignatoryView[];

  @ApiProperty({ type: StoredFileView, nullable: true })
  signedFile: StoredFileView | null;
}

export class RenewalObjectionView {
  @ApiProperty({ format: 'uuid' })
  partyId: string;

  @ApiProperty()
  on: string;
}

export class ConventionRenewalView {
  @ApiProperty({ enum: RENEWAL_KINDS })
  kind: string;

  @ApiProperty()
  on: string;

  @ApiProperty()
  previousExpiresOn: string;

  @ApiProperty()
  newExpiresOn: string;

  @ApiProperty({ type: String, nullable: true })
  decisionRef: string | null;
}

export class ConventionView {
  @ApiProperty()
  id: string;

  @ApiProperty({ enum: CONVENTION_STATES })
  state: string;

  @ApiProperty({ type: [ConventionVersionView], description: 'Oldest first; the last is the current one.' })
  versions: ConventionVersionView[];

  @ApiProperty({ type: [ConventionApprovalView] })
  approvals: ConventionApprovalView[];

  @ApiProperty({ type: ConventionSignatureView, nullable: true })
  signature: ConventionSignatureView | null;

  @ApiProperty({ type: String, nullable: true })
  effectiveOn: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Computed at entry into force and renewals.' })
  expiresOn: string | null;

  @ApiProperty({ type: [RenewalObjectionView] })
  renewalObjections: RenewalObjectionView[];

  @ApiProperty({ type: [ConventionRenewalView] })
  renewals: ConventionRenewalView[];

  @ApiProperty({ type: SuspensionView, nullable: true })
  suspension: SuspensionView | null;

  @ApiProperty({ type: TerminationView, nullable: true })
  termination: TerminationView | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Last day to object to the tacit renewal, when the convention provides one.',
  })
  tacitRenewalObjectionDeadline: string | null;
}

export class ConventionPartyView {
  @ApiProperty({ format: 'uuid' })
  partyId: string;

  @ApiProperty()
  name: string;
}

/** One condition approval still needs, with the parties that still have their part of it to do. */
export class ConventionMissingForApprovalView {
  @ApiProperty({ enum: CRITERION_IDS })
  criterion: string;

  @ApiProperty({ type: [String] })
  awaitedParties: string[];
}

/** Step 5's convention: the current one, earlier ones, and what can be done next. */
export class ConventionStepView {
  @ApiProperty({ description: "The convention's version (0 before its draft), to send back with changes." })
  version: number;

  @ApiProperty({ type: ConventionView, nullable: true })
  convention: ConventionView | null;

  @ApiProperty({ type: [ConventionView], description: 'Expired or terminated conventions, oldest first.' })
  history: ConventionView[];

  @ApiProperty({
    enum: CONVENTION_COMMAND_TYPES,
    isArray: true,
    description: 'What the convention’s state and the partnership’s status allow (guards come on top).',
  })
  availableCommands: string[];

  @ApiProperty({ description: 'Whether a new convention can be drafted now.' })
  canDraft: boolean;

  @ApiProperty({
    enum: CRITERION_IDS,
    isArray: true,
    description: 'What the political dialogue still needs before a party may approve.',
  })
  missingForApproval: string[];

  @ApiProperty({
    type: [ConventionMissingForApprovalView],
    description: 'The same, each with the parties it still waits for (in `missingForApproval`’s order).',
  })
  awaitedForApproval: ConventionMissingForApprovalView[];

  @ApiProperty({
    type: [String],
    description:
      'Titles of the priorities every party agreed in the political dialogue, in the order proposed: a new draft starts from them.',
  })
  agreedPriorities: string[];

  @ApiProperty({ type: [ConventionPartyView] })
  parties: ConventionPartyView[];

  @ApiProperty({ type: [OngoingActionView], description: 'Each needs a decision to terminate.' })
  ongoingActions: OngoingActionView[];
}

export class DiffLineView {
  @ApiProperty({ enum: ['same', 'added', 'removed'] })
  operation: string;

  @ApiProperty()
  text: string;
}

export class ConventionFieldChangeView {
  @ApiProperty({ enum: CONVENTION_DIFF_FIELDS })
  field: string;

  @ApiProperty({ type: [DiffLineView] })
  lines: DiffLineView[];
}

/** What changed between two versions, field by field, as line diffs. */
export class ConventionDiffView {
  @ApiProperty()
  fromVersion: number;

  @ApiProperty()
  toVersion: number;

  @ApiProperty({ type: [ConventionFieldChangeView], description: 'Changed fields only.' })
  changes: ConventionFieldChangeView[];
}
