export * from './api-problem';
export {
  API_BASE,
  apiClient,
  call,
  clearCsrfToken,
  configureApiClient,
  createApiClient,
  getCsrfToken,
  rememberSession,
  type ApiClient,
  type ApiClientOptions,
  type ApiPaths,
} from './http-client';
export { apiUrl, type ApiGetPath } from './api-url';
export { asFormData } from './form-data';
export { withEnums, type ApiJsonBody, type ApiQuery, type WidenEnums } from './enum-width';
export type { components as ApiComponents, operations as ApiOperations } from './generated/openapi';
export * from './endpoints/auth.api';
export * from './endpoints/citizen-registry.api';
export * from './endpoints/operator-registry.api';
export * from './query-keys';
export * from './endpoints/agenda.api';

export * from './endpoints/patto.api';
export * from './endpoints/dossier.api';
export * from './endpoints/matching.api';
export * from './endpoints/condizionalita.api';
export * from './endpoints/consent.api';
export * from './endpoints/intermediaries.api';
export * from './endpoints/companies.api';
export * from './endpoints/agency-work.api';
export * from './endpoints/accreditation.api';
export * from './endpoints/certificazioni.api';
export * from './endpoints/portability.api';
export * from './endpoints/credentials.api';
export * from './endpoints/monitoring.api';
export * from './endpoints/ivc.api';
export * from './endpoints/surveys.api';
export * from './endpoints/notifications.api';
export * from './endpoints/assistance.api';
export * from './endpoints/campaigns.api';
export * from './endpoints/operator-home.api';
