// Integration specs start a Nest application against real PostgreSQL and Redis; `testTimeout` in a
// project config is ignored when Jest runs several projects at once, so the timeout is set here.
jest.setTimeout(30_000);
