/** @type {import('jest').Config} */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/__tests__/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  // Preact 11 ships only ES modules (Node loads them by require(esm)); jest's CommonJS runtime needs them compiled.
  transform: { '^.+\\.ts$': ['@swc/jest', swc], '^.+/node_modules/preact/.+\\.mjs$': ['@swc/jest', { ...swc, jsc: { target: 'es2022' } }] },
  transformIgnorePatterns: ['/node_modules/(?!preact/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
  // The hint before the summary: CI reads the summary as the run's closing line.
  reporters: ['default', '<rootDir>/test/e2e-hint-reporter.js', '<rootDir>/test/summary-reporter.js'],
};
