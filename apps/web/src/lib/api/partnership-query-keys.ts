/**
 * Keys of queries about one partnership that a feature other than their own refreshes: step 1 writes change
 * the assessment. They start with `['partnerships']`, so invalidating every partnership query covers them.
 */
export function assessmentQueryKey(partnershipId: string) {
  return ['partnerships', partnershipId, 'assessment'] as const;
}

/** The convention's view: what the political dialogue still lacks before approval is part of it. */
export function conventionQueryKey(partnershipId: string) {
  return ['partnerships', partnershipId, 'convention'] as const;
}
