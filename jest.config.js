// One Jest run over every package, so that `npm test` reports one total.
/** @type {import('jest').Config} */
module.exports = {
  projects: [
    '<rootDir>/packages/domain',
    '<rootDir>/apps/api',
    '<rootDir>/apps/web',
    '<rootDir>/e2e',
    '<rootDir>/tools/bench',
  ],
};
