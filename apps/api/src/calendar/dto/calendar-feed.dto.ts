import { ApiProperty } from '@nestjs/swagger';

export class CalendarFeedView {
  @ApiProperty({ description: 'Whether you have a working feed address.' })
  active: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was made.' })
  createdAt: string | null;
}

/** The feed just made: its address is shown this once (only a hash of its secret is kept). */
export class CreatedCalendarFeedView extends CalendarFeedView {
  @ApiProperty({
    format: 'uri',
    example: 'https://passerelle.example/api/calendar/3q2-7wEj….ics',
    description: 'The address to subscribe to (Outlook, Google Calendar, Thunderbird…). Keep it secret.',
  })
  url: string;

  @ApiProperty({
    example: 'webcal://passerelle.example/api/calendar/3q2-7wEj….ics',
    description: 'The same address with the webcal: scheme, which opens the calendar application.',
  })
  webcalUrl: string;
}
