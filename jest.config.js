// Two projects: `unit` needs no database; `integration` (*.int.test.ts) gets a real Neo4j from globalSetup
// (a throwaway embedded server unless NEO4J_URI points at one).
const tsJest = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }] };

module.exports = {
  // Integration tests start Neo4j and load a report; generous per-test time. They share one database, so
  // `npm test` runs that project in band (package.json).
  testTimeout: 120000,
  // Every core: Jest's default leaves one free, which on a two-core machine runs the unit project in one worker
  // (measured there: 60 s with one, 42 s with two). The integration project runs in band whatever this says.
  maxWorkers: '100%',
  reporters: ['default', '<rootDir>/tests/support/summaryReporter.js'],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: tsJest,
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: ['\\.int\\.test\\.ts$', '/node_modules/'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: tsJest,
      testMatch: ['<rootDir>/tests/**/*.int.test.ts'],
      globalSetup: '<rootDir>/tests/setup/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/setup/globalTeardown.ts',
    },
  ],
};
