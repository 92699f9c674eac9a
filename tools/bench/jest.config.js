const swcTransform = require('../../jest.swc.cjs');

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'bench',
  testEnvironment: 'node',
  rootDir: __dirname,
  // A smoke run of the generator against the test cluster, so that it cannot rot between benchmark runs.
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  transform: { '^.+\\.ts$': swcTransform() },
  moduleNameMapper: {
    '^@passerelle/domain$': '<rootDir>/../../packages/domain/src/index.ts',
    '^@passerelle/api/(.*)$': '<rootDir>/../../apps/api/$1',
  },
  setupFiles: ['reflect-metadata'],
};
