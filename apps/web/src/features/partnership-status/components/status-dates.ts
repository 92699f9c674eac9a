import { addDays, isCalendarDate } from '@passerelle/domain';

/** Today's date (`YYYY-MM-DD`) where the user is: the notice is given today at the latest. */
export function browserToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The earliest day a termination can take effect, notice given on `noticeGivenOn`; undefined without a date. */
export function earliestEffectiveOn(noticeGivenOn: string, requiredNoticeDays: number): string | undefined {
  return isCalendarDate(noticeGivenOn) ? addDays(noticeGivenOn, requiredNoticeDays) : undefined;
}
