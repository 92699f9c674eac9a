// Browser journeys take tens of seconds; `testTimeout` in a project config is ignored when Jest runs
// several projects at once, so the timeout is set here.
jest.setTimeout(90_000);
