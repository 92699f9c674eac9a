import type { Catalogue } from '../../lib/i18n/catalogue';
import type { shellFr } from './fr';

export const shellEn: Catalogue<typeof shellFr> = {
  app: {
    name: 'Passerelle',
    tagline: 'International partnerships of local authorities',
    skipToContent: 'Skip to content',
    mainNavigation: 'The six steps of the method',
    partnershipSteps: 'The six steps of this partnership',
    menu: 'Menu',
  },
  language: {
    label: 'Language',
  },
  steps: {
    COMMITMENT: {
      title: 'Build the commitment',
      summary:
        'Clarify motivations, involve the territory’s actors, identify its stakes and what it can bring, then have elected officials review them.',
    },
    PARTNER_SEARCH: {
      title: 'Find partners',
      summary:
        'Use the networks of the territory’s actors, networks of local authorities, the partner-request exchange and chance meetings.',
    },
    PRESENTATION: {
      title: 'Present yourself',
      summary:
        'A document stating the motivations, the territory and its actors, the stakes where cooperation would help and what the authority can bring.',
    },
    INITIATION: {
      title: 'Initiate the relation',
      summary:
        'Reciprocal visits on both territories, with small yet diverse delegations: elected officials, technicians, territory actors.',
    },
    CONVENTION: {
      title: 'Convention and dialogue',
      summary:
        'Put both sides’ motivations on the table, set priorities, sign the convention and plan regular dialogue so that the relation does not fall asleep.',
    },
    ACTIONS: {
      title: 'Move to actions',
      summary:
        'Prioritise actions, build project files, seek co-funding and start small concrete actions early, visible to citizens.',
    },
    conventionTabs: {
      label: 'Step 5 pages',
      motivations: 'Motivations side by side',
      convention: 'Convention',
      dialogue: 'Dialogue plan',
    },
    stepLabel: 'Step {{number}}',
    backToPartnership: 'Back to the partnership “{{title}}”',
    comingTitle: 'In Passerelle',
    coming: 'The screens of this step open with your authority’s partnerships.',
  },
  notFound: {
    title: 'Page not found',
    body: 'This address matches no page.',
    backHome: 'Back to home',
  },
  routeError: {
    title: 'Page unavailable',
    body: 'This page could not be loaded. Check your connection, then reload the page.',
    reload: 'Reload the page',
  },
  errors: {
    generic: 'Something went wrong. Please try again in a moment.',
  },
  common: {
    loading: 'Loading…',
    noValue: '—',
    cancel: 'Cancel',
    close: 'Close',
  },
  nav: {
    label: 'Main menu',
    odaDeclaration: 'ODA declaration',
    portfolio: 'Dashboard',
    partnerships: 'Partnerships',
    motivationReviews: 'To review',
    users: 'Users',
    audit: 'Audit trail',
    directory: 'Directory',
    directoryProfile: 'Directory profile',
    territoryActors: 'Territory actors',
    receivedInvitations: 'Received invitations',
    changePassword: 'Password',
  },
  session: {
    label: 'Your session',
    organisation: 'Authority',
    role: 'Role',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signOutWaiting: {
      title: 'Records are waiting to be sent',
      body_one:
        '{{count}} record made on this device has not been sent yet. It stays here, and will be sent when you sign in again on this device.',
      body_other:
        '{{count}} records made on this device have not been sent yet. They stay here, and will be sent when you sign in again on this device.',
      stay: 'Stay signed in',
      see: 'See what is waiting',
      confirm: 'Sign out anyway',
    },
  },
  roles: {
    admin: 'Administrator',
    officer: 'Project officer',
    elected: 'Elected official',
    contributor: 'Contributor',
    viewer: 'Reader',
  },
  home: {
    title: 'Welcome to Passerelle',
    intro:
      'Passerelle guides your authority through every step of a decentralised cooperation or a twinning: from building the commitment to joint actions with your partners.',
    methodTitle: 'The six-step method',
    signedOut: 'Sign in to find your authority’s partnerships.',
    yourPartnerships: 'Your partnerships',
    seeAll: 'All partnerships',
    dashboard: 'Open the dashboard',
    signInLink: 'Go to the sign-in page',
  },
  forbidden: {
    title: 'Restricted access',
    body: 'Your role does not give access to this page.',
  },
  organisationKinds: {
    commune: 'Municipality',
    inter_municipal_body: 'Inter-municipal body',
    department: 'Department',
    region: 'Region',
    province: 'Province',
    state_level: 'State or federated level',
    other: 'Other',
  },
  stepper: {
    title: 'Partnership progress',
    stepPrefix: 'Step {{number}}:',
    statuses: {
      done: 'Done',
      current: 'In progress',
      todo: 'To do',
      blocked: 'Blocked',
    },
    criteriaOf: 'Criteria of the step “{{title}}”',
    met: 'Met',
    missing: 'Missing',
    why: 'Why?',
    requires: 'To meet first:',
    blockedBy: 'Step blocked:',
    openStep: 'Open the step “{{title}}”',
    warnings: 'Points of attention',
    warningsIntro: 'They block nothing, but the method recommends keeping an eye on them.',
    noWarnings: 'No point of attention for now.',
    warningStep: 'Step {{number}} · {{title}}',
    subject: {
      visit: {
        to_partner: 'Visit to the partner, {{dates}}',
        from_partner: 'Hosting a partner delegation, {{dates}}',
      },
      channel: 'Channel: {{channel}} ({{audience}})',
      audience: 'Exchanges with: {{audience}}',
      dueOn: 'due on {{date}}',
    },
    fix: {
      dialogue: 'Agree on how the dialogue runs',
      motivations: 'Write down your motivations',
      review: 'Have your motivations reviewed by an elected official',
      share: 'Share your motivations with the partners',
      stakes: 'Identify the territory’s stakes',
      contributions: 'State what the territory can bring',
      territoryActors: 'Consult the territory’s actors',
      candidates: 'Find and follow candidate authorities',
      presentation: 'Write your authority’s presentation',
      visits: 'Plan or record a delegation visit',
      compatibility: 'Have the motivations’ compatibility checked by elected officials',
      priorities: 'Agree on the partnership’s priorities together',
      convention: 'Negotiate, approve and sign the convention',
      actions: 'Start a first concrete action',
      budget: 'Identify funding for an action',
      indicators: 'Have the indicators validated by every party',
    },
    pageLinks: {
      convention: 'Convention and dialogue: motivations side by side, the convention and the dialogue plan',
      actions: 'Move to actions: the joint actions, their budget, their indicators and their follow-up',
    },
  },
  actorKinds: {
    association: 'Association',
    ngo: 'NGO',
    school: 'School',
    university: 'University',
    hospital: 'Hospital',
    religious_body: 'Religious organisation',
    diaspora_group: 'Diaspora',
    company: 'Company',
    other: 'Other',
  },
  themes: {
    governance: 'local governance',
    water_sanitation: 'water and sanitation',
    heritage: 'heritage',
    culture: 'culture',
    health: 'health',
    education: 'education',
    urban_planning: 'urban planning',
    waste: 'waste',
    tourism: 'tourism',
    economic_development: 'economic development',
    youth_mobility: 'youth mobility',
    climate: 'climate',
  },
  timeZoneAreas: {
    Africa: 'Africa',
    America: 'Americas',
    Antarctica: 'Antarctica',
    Arctic: 'Arctic',
    Asia: 'Asia',
    Atlantic: 'Atlantic Ocean',
    Australia: 'Australia',
    Europe: 'Europe',
    Indian: 'Indian Ocean',
    Pacific: 'Pacific Ocean',
    other: 'Universal time and others',
  },
  validation: {
    summary: 'Some fields need correcting.',
    required: 'This field is required.',
    email: 'Enter a valid e-mail address.',
    minLength: 'Too short: at least {{min}} characters.',
    maxLength: 'Too long: at most {{max}} characters.',
    choice: 'Choose a value from the list.',
    countryCode: 'Choose a country from the list.',
    timeZone: 'Unknown time zone: use an IANA time zone (for instance Europe/Paris).',
    languages: 'Enter BCP 47 language codes separated by commas (for instance fr, bm).',
    atLeastOne: 'Enter at least one value.',
    tooMany: 'Too many values.',
    date: 'Enter a valid date.',
    min: 'Too small: at least {{min}}.',
    max: 'Too large: at most {{max}}.',
    invalid: 'Invalid value.',
  },
  problems: {
    AUTH: {
      UNAUTHENTICATED: 'Your session has expired. Please sign in again.',
      INVALID_CREDENTIALS: 'Wrong e-mail or password.',
      WRONG_CURRENT_PASSWORD: 'The current password is wrong.',
      PASSWORD_TOO_COMMON:
        'This password is among the most used ones, or too repetitive: choose another one.',
      PASSWORD_CONTAINS_IDENTITY:
        'This password contains your e-mail address or your organisation’s name: choose another one.',
      FORBIDDEN: 'Your role does not allow this action.',
      CSRF_INVALID: 'Your session changed. Reload the page and try again.',
    },
    REQUEST: {
      VALIDATION_FAILED: 'Some fields need correcting.',
      TOO_MANY: 'Too many requests. Please try again later.',
    },
    RESOURCE: {
      NOT_FOUND: 'This item does not exist.',
      CONFLICT: 'Someone changed this item meanwhile. The data was reloaded: check it and try again.',
    },
    INVITATION: {
      NOT_FOUND: 'This invitation does not exist. Check the link you received by e-mail.',
      EXPIRED: 'This invitation has expired. Ask the person who invited you to send a new one.',
      ALREADY_USED: 'This invitation has already been used. Sign in with your account.',
      REVOKED: 'This invitation was withdrawn by the authority that sent it.',
      EMAIL_ALREADY_REGISTERED: 'This e-mail address already has a Passerelle account.',
      ALREADY_PENDING: 'An invitation to this address is already pending.',
    },
    USER: {
      LAST_ADMIN: 'The authority must keep at least one active administrator.',
      CANNOT_CHANGE_SELF: 'You can neither change your own role nor disable your own account.',
    },
    PARTNERSHIP: {
      ALREADY_PARTY: 'This authority already takes part in this partnership.',
    },
    TERRITORY_ACTOR: {
      DUPLICATE_NAME: 'An actor of this name is already in the directory.',
    },
    FILE: {
      MISSING: 'Choose a file to upload.',
      TOO_LARGE: 'This file is too large.',
      TYPE_NOT_ALLOWED: 'Only PDF, PNG, JPEG and WebP files are accepted.',
      TYPE_MISMATCH: 'This file’s content does not match its name or type: it was refused as a precaution.',
      NOT_ATTACHABLE: 'This file does not belong to this partnership.',
    },
    REMINDER: {
      OPT_OUT_NOT_ALLOWED: 'Convention end reminders cannot be turned off: they stay ticked.',
      NOT_FAILED: 'This reminder has not failed: it is already on its way or was sent.',
    },
    CALENDAR_FEED: {
      NOT_FOUND: 'This calendar address does not exist or no longer works.',
    },
    SHARE_LINK: {
      NOT_FOUND: 'This presentation link does not exist. Check the address you received.',
      EXPIRED: 'This presentation link has expired. Ask the authority that sent it for a new one.',
      REVOKED: 'This presentation link was withdrawn by the authority that sent it.',
    },
    PRESENTATION: {
      NO_TEXT_IN_LANGUAGE:
        'The presentation has no text in this language yet: write it before printing or sharing it.',
    },
  },
};
