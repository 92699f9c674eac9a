const swcTransform = require('../../jest.swc.cjs');

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'web',
  testEnvironment: '<rootDir>/src/test/jsdom-with-fetch.cjs',
  // d3 packages publish ES modules only, except under their `umd` export condition: Jest takes that build.
  testEnvironmentOptions: { customExportConditions: ['browser', 'umd'] },
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.tsx', '**/*.spec.ts'],
  transform: { '^.+\\.tsx?$': swcTransform({ tsx: true }) },
  moduleNameMapper: {
    '^@passerelle/domain$': '<rootDir>/../../packages/domain/src/index.ts',
    '\\.css$': '<rootDir>/src/test/style-stub.cjs',
    // As in the build (vite.config.ts, ADR 0023): the dialogs' scroll lock adopts its styles.
    '^react-style-singleton$': '<rootDir>/src/lib/adopted-style-singleton.ts',
  },
  setupFilesAfterEnv: ['<rootDir>/src/test/setup-tests.ts'],
};
