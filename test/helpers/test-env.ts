/** Variables through which the global setup hands its database to the test files. */
export const TEST_ENV = {
  adminUrl: 'SOILHUB_TEST_ADMIN_URL',
  template: 'SOILHUB_TEST_TEMPLATE',
} as const;
