import { TERRITORY_ACTOR_KINDS } from '@passerelle/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { KeysetPageQueryDto } from '../../common/pagination/keyset-page-query.dto';

export class TerritoryActorSearchDto extends KeysetPageQueryDto {
  @ApiPropertyOptional({ description: 'Words of the name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: TERRITORY_ACTOR_KINDS })
  @IsOptional()
  @IsIn(TERRITORY_ACTOR_KINDS)
  kind?: string;
}

export class CreateTerritoryActorDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: TERRITORY_ACTOR_KINDS })
  @IsIn(TERRITORY_ACTOR_KINDS)
  kind: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  contact?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

export class UpdateTerritoryActorDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: TERRITORY_ACTOR_KINDS })
  @IsOptional()
  @IsIn(TERRITORY_ACTOR_KINDS)
  kind?: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  contact?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;

  @ApiProperty({ description: 'The version you read; a stale one is refused with 409.' })
  @IsInt()
  @Min(1)
  version: number;
}

export class DirectoryActorView {
  @ApiProperty()
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: TERRITORY_ACTOR_KINDS })
  kind: string;

  @ApiProperty()
  contact: string;

  @ApiProperty()
  notes: string;

  @ApiProperty()
  version: number;
}

export class DirectoryActorPageView {
  @ApiProperty({ type: [DirectoryActorView] })
  items: DirectoryActorView[];

  @ApiPropertyOptional({ nullable: true, type: String })
  nextCursor: string | null;
}
