import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export const PRESENTATION_LANGUAGES = ['fr', 'en'] as const;
export type PresentationLanguage = (typeof PRESENTATION_LANGUAGES)[number];

const SECTION_MAX = 6000;

export class PresentationSectionsDto {
  @ApiPropertyOptional({ maxLength: SECTION_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(SECTION_MAX)
  motivations?: string;

  @ApiPropertyOptional({ maxLength: SECTION_MAX, description: 'The territory and its actors.' })
  @IsOptional()
  @IsString()
  @MaxLength(SECTION_MAX)
  territory_and_actors?: string;

  @ApiPropertyOptional({ maxLength: SECTION_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(SECTION_MAX)
  stakes?: string;

  @ApiPropertyOptional({ maxLength: SECTION_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(SECTION_MAX)
  contributions?: string;
}

export class UpdatePresentationDto {
  @ApiProperty({
    enum: PRESENTATION_LANGUAGES,
    description: 'French is the main text; English its translation.',
  })
  @IsIn(PRESENTATION_LANGUAGES)
  language: PresentationLanguage;

  @ApiProperty({ type: PresentationSectionsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PresentationSectionsDto)
  sections: PresentationSectionsDto;

  @ApiProperty({
    description:
      "Your presentation's version as you read it (0 before its first text); a stale one is refused with 409.",
    minimum: 0,
  })
  @IsInt()
  @Min(0)
  version: number;
}

export class PresentationSectionsView {
  @ApiProperty()
  motivations: string;

  @ApiProperty()
  territory_and_actors: string;

  @ApiProperty()
  stakes: string;

  @ApiProperty()
  contributions: string;
}

export class PresentationView {
  @ApiProperty({
    description: "Your party's presentation's version (0 before its first text), to send with a change.",
  })
  version: number;

  @ApiProperty()
  organisationName: string;

  @ApiProperty({ type: PresentationSectionsView, description: 'The main (French) text.' })
  fr: PresentationSectionsView;

  @ApiProperty({ type: PresentationSectionsView })
  en: PresentationSectionsView;

  @ApiProperty({
    type: PresentationSectionsView,
    description: 'A first draft written from your step-1 file, to start from.',
  })
  draft: PresentationSectionsView;

  @ApiProperty({ type: [String], description: 'Sections of the main text still empty.' })
  missing: string[];
}

export class CreateShareLinkDto {
  @ApiProperty({ enum: PRESENTATION_LANGUAGES })
  @IsIn(PRESENTATION_LANGUAGES)
  language: PresentationLanguage;

  @ApiProperty({ minimum: 1, maximum: 90, description: 'How many days the link works.' })
  @IsInt()
  @Min(1)
  @Max(90)
  expiresInDays: number;
}

export class ShareLinkView {
  @ApiProperty()
  id: string;

  @ApiProperty({ enum: PRESENTATION_LANGUAGES })
  language: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  revokedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class CreatedShareLinkView extends ShareLinkView {
  @ApiProperty({ description: 'The link to send. Shown once: only its fingerprint is kept.' })
  url: string;
}

export class ShareLinkListView {
  @ApiProperty({ type: [ShareLinkView] })
  items: ShareLinkView[];
}

export class SharedPresentationView {
  @ApiProperty()
  organisationName: string;

  @ApiProperty()
  countryCode: string;

  @ApiProperty({ enum: PRESENTATION_LANGUAGES })
  language: string;

  @ApiProperty({ type: PresentationSectionsView })
  sections: PresentationSectionsView;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}
