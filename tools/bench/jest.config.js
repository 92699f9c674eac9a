const swcTransform = require('../../jest.swc.cjs');

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'bench',
  testEnvironment: 'node',
  rootDir: __dirname,
  // Smoke runs of the generator and the API benchmark against the test cluster, and the web budgets on the
  // built web app, so that none of them can rot between benchmark runs.
  testMatch: ['<rootDir>/test/**/*.int-spec.ts', '<rootDir>/test/**/*.spec.ts'],
  transform: { '^.+\\.ts$': swcTransform() },
  moduleNameMapper: {
    '^@passerelle/domain$': '<rootDir>/../../packages/domain/src/index.ts',
    '^@passerelle/api/(.*)$': '<rootDir>/../../apps/api/$1',
  },
  setupFiles: ['reflect-metadata'],
};
