import { ApiProperty } from '@nestjs/swagger';

export class CapturedMailSummaryDto {
  @ApiProperty()
  id: string;

  @ApiProperty({ format: 'date-time' })
  receivedAt: string;

  @ApiProperty()
  from: string;

  @ApiProperty({ type: [String] })
  to: string[];

  @ApiProperty()
  subject: string;
}

export class CapturedMailDto extends CapturedMailSummaryDto {
  @ApiProperty()
  text: string;

  @ApiProperty({ type: String, nullable: true })
  html: string | null;
}

export class CapturedMailListDto {
  @ApiProperty({ type: [CapturedMailSummaryDto] })
  items: CapturedMailSummaryDto[];
}
