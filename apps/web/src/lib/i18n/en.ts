import type { Messages } from './fr';

export const en = {
  app: {
    name: 'Passerelle',
    tagline: 'International partnerships of local authorities',
    skipToContent: 'Skip to content',
    mainNavigation: 'Partnership steps',
    home: 'Home',
  },
  language: {
    label: 'Language',
    fr: 'Français',
    en: 'English',
  },
  home: {
    title: 'Welcome to Passerelle',
    intro:
      'Passerelle guides your authority through every step of a decentralised cooperation or a twinning: from building the commitment to joint actions with your partners.',
    methodTitle: 'The six-step method',
  },
  status: {
    title: 'System status',
    loading: 'Checking services…',
    unreachable: 'The server does not answer.',
    allUp: 'All services are running.',
    someDown: 'A service is unavailable: some features may fail.',
    database: 'PostgreSQL database',
    redis: 'Redis job queue',
    up: 'up',
    down: 'down',
    latency: '{{ms}} ms',
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
    stepLabel: 'Step {{number}}',
    comingTitle: 'In Passerelle',
    coming: 'The screens of this step open with your authority’s partnerships.',
  },
  devMail: {
    title: 'Captured e-mails (development)',
    intro: 'In development no e-mail leaves the machine: here are those the application sent.',
    empty: 'No e-mail yet.',
    unavailable: 'The mail sink exists only in development.',
    from: 'From',
    to: 'To',
    subject: 'Subject',
    receivedAt: 'Received',
    back: 'Back to the list',
  },
  notFound: {
    title: 'Page not found',
    body: 'This address matches no page.',
    backHome: 'Back to home',
  },
  errors: {
    generic: 'Something went wrong. Please try again in a moment.',
  },
} satisfies Messages;
