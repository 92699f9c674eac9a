import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { reminderSettingsFr } from './fr';

export const reminderSettingsEn: Catalogue<typeof reminderSettingsFr> = {
  reminderSettings: {
    title: 'Reminders and calendar',
    intro:
      'Choose the reminders you receive by e-mail and in your notifications, and subscribe your calendar to your upcoming visits and exchanges.',
    preferencesTitle: 'Reminders received',
    preferencesIntro:
      'An unticked reminder is no longer sent to you, neither by e-mail nor in your notifications. E-mails never go out between {{quietStart}} and {{quietEnd}}, your authority’s time: they wait for the morning.',
    preferencesLegend: 'I receive the following reminders',
    mandatory:
      'Always sent: the end of a convention commits your authority, this reminder cannot be turned off.',
    save: 'Save my preferences',
    saved: 'Your reminder preferences are saved.',
    days_one: '{{count}} day',
    days_other: '{{count}} days',
    kinds: {
      'dialogue-due': {
        label: 'Dialogue exchange to hold',
        hint: '{{days}} before the date an exchange is due with the elected officials, the technicians or the territory actors, at the pace agreed with the partner.',
      },
      'dialogue-overdue': {
        label: 'The relation is falling asleep',
        hint: 'When an exchange that was due has not taken place on time.',
      },
      'visit-upcoming': {
        label: 'Upcoming visit',
        hint: '{{days}} before a visit or the hosting of a delegation starts.',
      },
      'visit-report-missing': {
        label: 'Visit report expected',
        hint: '{{days}} after a visit ends whose report is not written yet.',
      },
      'convention-expiring': {
        label: 'Convention expiry',
        hint: '{{days}} before the convention’s end date.',
      },
      'convention-tacit-renewal': {
        label: 'Tacit renewal of the convention',
        hint: '{{days}} before the last day to object to the tacit renewal of the convention.',
      },
      'funding-call-closing': {
        label: 'A call for projects closing',
        hint: '{{days}} before a call closes to which an application is still a draft.',
      },
      'funding-report-due': {
        label: 'A report a funder expects',
        hint: '{{days}} before a report is due on a granted application.',
      },
    },
    calendarTitle: 'Personal calendar',
    calendarIntro:
      'A subscription address (iCalendar) to see your partnerships’ upcoming visits and next dialogue exchanges in your calendar. Keep it to yourself: anyone who knows it can read these events.',
    calendarNone: 'You have no active calendar address.',
    calendarActive: 'A calendar address has been active since {{date}}.',
    calendarCreate: 'Create a calendar address',
    calendarReplace: 'Replace the address',
    calendarReplaceHint:
      'A new address is made and the current one stops working at once: useful if it may have been shared with someone.',
    calendarRevoke: 'Revoke the address',
    calendarRevokeHint: 'The address stops working at once; your calendar will no longer update.',
    calendarCreated: 'Your calendar address is created.',
    calendarReplaced: 'A new calendar address is created: the old one no longer works.',
    calendarRevoked: 'Your calendar address is revoked: it no longer works.',
    calendarUrl: 'Your calendar address',
    calendarUrlHint: 'Copy it now: it will not be shown again. If you lose it, replace it with a new one.',
    calendarCopy: 'Copy the address',
    calendarCopied: 'Address copied.',
    calendarCopyFailed: 'Copying failed: select the address and copy it yourself.',
    calendarOpen: 'Open in my calendar application',
    subscribeTitle: 'Subscribe from your calendar',
    subscribeOutlook:
      'Outlook: Add calendar, then “Subscribe from web” (or “From Internet”), and paste the address.',
    subscribeThunderbird:
      'Thunderbird: New Calendar, “On the Network”, paste the address and choose the iCalendar (ICS) format.',
    subscribeGoogle:
      'Google Calendar: next to “Other calendars”, “+” then “From URL”, and paste the address. Google reads the calendar again only every few hours.',
  },
};
