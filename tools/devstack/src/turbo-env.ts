/** Turbo without telemetry or update checks: the machines this runs on may have no outside network. */
export function turboEnv(): NodeJS.ProcessEnv {
  return { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1', DO_NOT_TRACK: '1' };
}
