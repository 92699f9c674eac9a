import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TRAVEL_ADVISORY_LEVELS, VISIT_DIRECTIONS, WARNING_IDS } from '@passerelle/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsISO8601,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { VersionedDto } from '../../commitment/dto/commitment.dto';
import { PersonInputDto, PersonView } from '../../lifecycle/dto/person.dto';

const LINE_MAX = 300;

export class TravelAdvisoryDto {
  @ApiProperty({ enum: TRAVEL_ADVISORY_LEVELS })
  @IsIn(TRAVEL_ADVISORY_LEVELS)
  level: string;

  @ApiProperty({ maxLength: 200, description: 'Where the advisory comes from (e.g. France Diplomatie).' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  source: string;

  @ApiProperty({ description: 'When it was checked (YYYY-MM-DD).' })
  @IsISO8601({ strict: true })
  checkedOn: string;
}

export class VisitPlanDto {
  @ApiProperty({ description: 'First day (YYYY-MM-DD).' })
  @IsISO8601({ strict: true })
  startsOn: string;

  @ApiProperty({ description: 'Last day (YYYY-MM-DD).' })
  @IsISO8601({ strict: true })
  endsOn: string;

  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  purpose: string;

  @ApiProperty({ type: [String], description: 'The programme, one item per entry.' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(LINE_MAX, { each: true })
  agenda: string[];

  @ApiProperty({ type: [PersonInputDto], description: 'Members of the travelling delegation.' })
  @IsArray()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => PersonInputDto)
  delegation: PersonInputDto[];

  @ApiProperty({ type: [PersonInputDto], description: 'People of the host side.' })
  @IsArray()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => PersonInputDto)
  hosts: PersonInputDto[];

  @ApiPropertyOptional({ type: TravelAdvisoryDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TravelAdvisoryDto)
  travelAdvisory?: TravelAdvisoryDto | null;
}

export class PlanVisitDto extends VisitPlanDto {
  @ApiProperty({ enum: VISIT_DIRECTIONS, description: 'Relative to the initiator of the partnership.' })
  @IsIn(VISIT_DIRECTIONS)
  direction: string;

  @ApiProperty({ format: 'uuid', description: 'The partner visited or visiting.' })
  @IsUUID()
  partnerPartyId: string;
}

export class ReplanVisitDto extends VisitPlanDto {
  @ApiProperty({ description: "The visit's version you read; a stale one is refused with 409." })
  @IsInt()
  @Min(1)
  version: number;
}

export class ApproveOrangeZoneVisitDto extends VersionedDto {
  @ApiProperty({
    maxLength: LINE_MAX,
    description: 'The imperative reason for sending a delegation into a zone advised against (orange).',
  })
  @IsString()
  @MaxLength(LINE_MAX)
  reason: string;

  @ApiPropertyOptional({ maxLength: 100, description: 'Reference of the decision, if any.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  decisionRef?: string;
}

export class FollowUpInputDto {
  @ApiPropertyOptional({ description: 'Keep the id of an existing follow-up when rewriting a report.' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ maxLength: LINE_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LINE_MAX)
  title: string;

  @ApiProperty({ type: PersonInputDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PersonInputDto)
  owner: PersonInputDto;

  @ApiProperty({ description: 'Due date (YYYY-MM-DD).' })
  @IsISO8601({ strict: true })
  dueOn: string;
}

export class RecordVisitReportDto extends VersionedDto {
  @ApiProperty({ maxLength: 8000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(8000)
  summary: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(LINE_MAX, { each: true })
  outcomes: string[];

  @ApiProperty({ type: [String], description: 'People met beyond the delegation and hosts.' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(LINE_MAX, { each: true })
  peopleMet: string[];

  @ApiProperty({ type: [FollowUpInputDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FollowUpInputDto)
  followUps: FollowUpInputDto[];
}

export class CompleteFollowUpDto extends VersionedDto {
  @ApiProperty({ description: 'When it was done (YYYY-MM-DD).' })
  @IsISO8601({ strict: true })
  doneOn: string;
}

export class CancelVisitDto extends VersionedDto {
  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class TravelAdvisoryView {
  @ApiProperty({ enum: TRAVEL_ADVISORY_LEVELS })
  level: string;

  @ApiProperty()
  source: string;

  @ApiProperty()
  checkedOn: string;
}

export class TravelApprovalView {
  @ApiProperty({ type: PersonView })
  approvedBy: PersonView;

  @ApiProperty({ format: 'date-time' })
  approvedAt: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The imperative reason; null on approvals given before a reason was asked (red-zone history).',
  })
  reason: string | null;

  @ApiProperty({ type: String, nullable: true })
  decisionRef: string | null;
}

export class FollowUpView {
  @ApiProperty()
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: PersonView })
  owner: PersonView;

  @ApiProperty()
  dueOn: string;

  @ApiProperty({ type: String, nullable: true })
  doneOn: string | null;
}

export class VisitReportView {
  @ApiProperty({ format: 'date-time' })
  writtenAt: string;

  @ApiProperty()
  summary: string;

  @ApiProperty({ type: [String] })
  outcomes: string[];

  @ApiProperty({ type: [String] })
  peopleMet: string[];

  @ApiProperty({ type: [FollowUpView] })
  followUps: FollowUpView[];
}

export class VisitWarningView {
  @ApiProperty({ enum: WARNING_IDS })
  id: string;

  @ApiProperty()
  explanationKey: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  details: Record<string, unknown>;
}

export class VisitView {
  @ApiProperty()
  id: string;

  @ApiProperty({ description: "The visit's version, to send back with its changes." })
  version: number;

  @ApiProperty({ enum: VISIT_DIRECTIONS })
  direction: string;

  @ApiProperty({ format: 'uuid' })
  partnerPartyId: string;

  @ApiProperty({ format: 'uuid', description: 'The travelling party.' })
  visitingPartyId: string;

  @ApiProperty({ format: 'uuid', description: 'The host party.' })
  hostPartyId: string;

  @ApiProperty()
  startsOn: string;

  @ApiProperty()
  endsOn: string;

  @ApiProperty()
  purpose: string;

  @ApiProperty({ type: [String] })
  agenda: string[];

  @ApiProperty({ type: [PersonView] })
  delegation: PersonView[];

  @ApiProperty({ type: [PersonView] })
  hosts: PersonView[];

  @ApiProperty({ type: TravelAdvisoryView, nullable: true })
  travelAdvisory: TravelAdvisoryView | null;

  @ApiProperty({ type: TravelApprovalView, nullable: true })
  travelApproval: TravelApprovalView | null;

  @ApiProperty({ description: 'An orange-zone visit still waiting for its elected approval and reason.' })
  awaitsTravelApproval: boolean;

  @ApiProperty({ enum: ['planned', 'ongoing', 'taken_place', 'cancelled'] })
  state: string;

  @ApiProperty({ type: VisitReportView, nullable: true })
  report: VisitReportView | null;

  @ApiProperty({ type: [VisitWarningView], description: 'The method’s warnings about this visit.' })
  warnings: VisitWarningView[];
}

export class PartyPeopleView {
  @ApiProperty({ format: 'uuid' })
  partyId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ['initiator', 'partner'] })
  role: string;

  @ApiProperty({ type: [PersonView], description: 'Users of the party and people already named in records.' })
  people: PersonView[];
}

export class VisitsView {
  @ApiProperty({ type: [VisitView], description: 'Newest first.' })
  visits: VisitView[];

  @ApiProperty({ type: [VisitWarningView], description: 'Step 4 warnings about the whole relation.' })
  warnings: VisitWarningView[];

  @ApiProperty({ type: [PartyPeopleView], description: 'Who can be named as a member, per party.' })
  parties: PartyPeopleView[];
}
