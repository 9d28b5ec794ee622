export * from './api-problem';
export {
  API_BASE, apiRequest, buildUrl, clearCsrfToken, getCsrfToken, rememberSession,
  type ApiRequestOptions, type HttpMethod, type QueryValue,
} from './http-client';
export * from './endpoints/auth.api';
export * from './endpoints/citizen-registry.api';
export * from './endpoints/operator-registry.api';
export * from './query-keys';
export * from './endpoints/agenda.api';

export * from './endpoints/patto.api';
export * from './endpoints/dossier.api';
export * from './endpoints/matching.api';
