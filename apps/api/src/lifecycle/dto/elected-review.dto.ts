import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REVIEW_DECISIONS, type ReviewDecision } from '@passerelle/domain';
import { IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import type { Actor } from '../../auth/actor';
import { VersionedDto } from './versioned.dto';
import { personOf } from '../people';

/** What an elected official records when reviewing (a motivation, the compatibility of motivations). */
export class ElectedReviewDto extends VersionedDto {
  @ApiProperty({ enum: REVIEW_DECISIONS })
  @IsIn(REVIEW_DECISIONS)
  decision: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;

  @ApiPropertyOptional({ description: 'Reference of the council decision (délibération).', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  councilDecisionRef?: string;

  @ApiPropertyOptional({ description: 'Date of the council decision (YYYY-MM-DD).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  councilDecisionOn?: string;
}

/** The review fields of a domain command, the acting elected official as reviewer. */
export function electedReviewOf(actor: Actor, input: ElectedReviewDto) {
  return {
    decision: input.decision as ReviewDecision,
    reviewer: personOf(actor),
    comment: input.comment?.trim() || null,
    councilDecisionRef: input.councilDecisionRef?.trim() || null,
    councilDecisionOn: input.councilDecisionOn ?? null,
  };
}
