import { type ConventionState } from './convention';

export const CONVENTION_COMMAND_TYPES = [
  'OpenConventionNegotiation',
  'ReviseConvention',
  'ApproveConvention',
  'SignConvention',
  'BringConventionIntoForce',
  'ObjectToTacitRenewal',
  'RenewConvention',
  'ExpireConvention',
  'SuspendConvention',
  'ResumeConvention',
  'TerminateConvention',
] as const;
export type ConventionCommandType = (typeof CONVENTION_COMMAND_TYPES)[number];

/**
 * Which commands each state accepts (guards come on top). The machine of the method:
 * draft → in negotiation → approved by each party → signed → in force → expired | renewed | suspended | terminated.
 * A draft or a negotiation can be abandoned (terminated); `renewed` behaves as `in_force` on a new term.
 */
export const CONVENTION_COMMANDS_BY_STATE = {
  draft: ['OpenConventionNegotiation', 'ReviseConvention', 'TerminateConvention'],
  in_negotiation: ['ReviseConvention', 'ApproveConvention', 'TerminateConvention'],
  approved: ['ReviseConvention', 'SignConvention', 'TerminateConvention'],
  signed: ['BringConventionIntoForce', 'TerminateConvention'],
  in_force: [
    'ObjectToTacitRenewal',
    'RenewConvention',
    'ExpireConvention',
    'SuspendConvention',
    'TerminateConvention',
  ],
  renewed: [
    'ObjectToTacitRenewal',
    'RenewConvention',
    'ExpireConvention',
    'SuspendConvention',
    'TerminateConvention',
  ],
  suspended: ['ResumeConvention', 'ExpireConvention', 'TerminateConvention'],
  expired: [],
  terminated: [],
} as const satisfies Record<ConventionState, readonly ConventionCommandType[]>;

/** The states each state can move to; used by tests and by the UI to draw the machine. */
export const CONVENTION_TRANSITIONS = {
  draft: ['in_negotiation', 'terminated'],
  in_negotiation: ['approved', 'terminated'],
  approved: ['in_negotiation', 'signed', 'terminated'],
  signed: ['in_force', 'terminated'],
  in_force: ['renewed', 'expired', 'suspended', 'terminated'],
  renewed: ['renewed', 'expired', 'suspended', 'terminated'],
  suspended: ['in_force', 'expired', 'terminated'],
  expired: [],
  terminated: [],
} as const satisfies Record<ConventionState, readonly ConventionState[]>;

export function conventionCommandsAvailable(state: ConventionState): readonly ConventionCommandType[] {
  return CONVENTION_COMMANDS_BY_STATE[state];
}

export function isConventionCommandAllowed(state: ConventionState, command: ConventionCommandType): boolean {
  return conventionCommandsAvailable(state).includes(command);
}

export function canConventionMove(from: ConventionState, to: ConventionState): boolean {
  const allowed: readonly ConventionState[] = CONVENTION_TRANSITIONS[from];
  return allowed.includes(to);
}
