/**
 * When the local stack tool started this process (PASSERELLE_SUPERVISOR_PID set) and that tool dies
 * without stopping us (killed hard), our parent changes: shut down rather than linger as an orphan.
 */
export function stopWhenSupervisorDies(supervisorPid: number | undefined, stop: () => Promise<void>): void {
  if (supervisorPid === undefined) return;
  const timer = setInterval(() => {
    if (process.ppid !== supervisorPid) {
      clearInterval(timer);
      void stop().finally(() => process.exit(0));
    }
  }, 1_000);
  timer.unref();
}
