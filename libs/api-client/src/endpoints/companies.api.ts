import type {
  AnswerContactRequestBody,
  CompanyCandidateListResponse,
  CompanyListResponse,
  CompanyResponse,
  CompanyStatus,
  ContactRequestListResponse,
  ContactRequestResponse,
  CreateContactRequestBody,
  InviteCompanyMemberBody,
  MessageListResponse,
  MessageResponse,
  ReceivedContactRequestListResponse,
  ReceivedContactRequestResponse,
  RegisterCompanyBody,
  ReviewCompanyBody,
} from '@opencpi/contracts';
import { apiClient, call } from '../http-client';

/*
 * Companies (issue 14): registration and review, members, the company's candidate search and contact requests, and
 * the person's answer to them.
 */

export const companyKeys = {
  mine: () => ['citizen', 'registry', 'companies'] as const,
  mineOne: (companyId: string) => ['citizen', 'registry', 'companies', companyId] as const,
  candidateSearch: (vacancyId: string) => ['citizen', 'matching', 'company', 'candidate-search', vacancyId] as const,
  contactRequests: () => ['citizen', 'matching', 'company', 'contact-requests'] as const,
  receivedContactRequests: () => ['citizen', 'matching', 'contact-requests'] as const,
  officeCompanies: (status?: CompanyStatus) => ['operator', 'registry', 'companies', status ?? 'all'] as const,
  officeCompany: (companyId: string) => ['operator', 'registry', 'companies', 'one', companyId] as const,
  officeContactRequests: () => ['operator', 'matching', 'contact-requests'] as const,
  companyMessages: (side: 'employer' | 'operator', companyId: string) => [side === 'employer' ? 'citizen' : 'operator', 'dossier', 'company-messages', companyId] as const,
} as const;

/** POST /api/citizen/registry/companies: declare a company (pending until the CPI approves it) */
export function registerCompany(body: RegisterCompanyBody): Promise<CompanyResponse> {
  // the DTO's @Equals(true) is `true` in the schema; a false declaration still goes to the server, which answers 400 /legalRepresentative
  return call(() => apiClient().POST('/api/citizen/registry/companies', { body: { ...body, legalRepresentative: body.legalRepresentative as true } }));
}
/** GET /api/citizen/registry/companies: the companies I belong to, whatever their status */
export function getMyCompanies(signal?: AbortSignal): Promise<CompanyListResponse> {
  return call(() => apiClient().GET('/api/citizen/registry/companies', { signal }));
}
/** GET /api/citizen/registry/companies/:companyId */
export function getMyCompany(companyId: string, signal?: AbortSignal): Promise<CompanyResponse> {
  return call(() => apiClient().GET('/api/citizen/registry/companies/{companyId}', { params: { path: { companyId } }, signal }));
}
/** POST /api/employer/registry/companies/:companyId/members: invite a colleague (administrator, approved company) */
export function inviteCompanyMember(companyId: string, body: InviteCompanyMemberBody): Promise<CompanyResponse> {
  return call(() => apiClient().POST('/api/employer/registry/companies/{companyId}/members', { params: { path: { companyId } }, body }));
}
/** DELETE /api/employer/registry/companies/:companyId/members/:memberId */
export function removeCompanyMember(companyId: string, memberId: string): Promise<CompanyResponse> {
  return call(() => apiClient().DELETE('/api/employer/registry/companies/{companyId}/members/{memberId}', { params: { path: { companyId, memberId } } }));
}
/** GET /api/employer/matching/vacancies/:vacancyId/candidate-search: anonymous, ranked, explained */
export function getCompanyCandidateSearch(vacancyId: string, signal?: AbortSignal): Promise<CompanyCandidateListResponse> {
  return call(() => apiClient().GET('/api/employer/matching/vacancies/{vacancyId}/candidate-search', { params: { path: { vacancyId } }, signal }));
}
/** POST /api/employer/matching/vacancies/:vacancyId/contact-requests */
export function requestCandidateContact(vacancyId: string, body: CreateContactRequestBody): Promise<ContactRequestResponse> {
  return call(() => apiClient().POST('/api/employer/matching/vacancies/{vacancyId}/contact-requests', { params: { path: { vacancyId } }, body }));
}
/** GET /api/employer/matching/contact-requests */
export function getCompanyContactRequests(signal?: AbortSignal): Promise<ContactRequestListResponse> {
  return call(() => apiClient().GET('/api/employer/matching/contact-requests', { signal }));
}
/** GET /api/citizen/matching/contact-requests: companies that asked to get in touch with me */
export function getMyContactRequests(signal?: AbortSignal): Promise<ReceivedContactRequestListResponse> {
  return call(() => apiClient().GET('/api/citizen/matching/contact-requests', { signal }));
}
/** POST /api/citizen/matching/contact-requests/:requestId/answer */
export function answerContactRequest(requestId: string, body: AnswerContactRequestBody): Promise<ReceivedContactRequestResponse> {
  return call(() => apiClient().POST('/api/citizen/matching/contact-requests/{requestId}/answer', { params: { path: { requestId } }, body }));
}
/** GET /api/operator/registry/companies?status= */
export function getOfficeCompanies(status?: CompanyStatus, signal?: AbortSignal): Promise<CompanyListResponse> {
  return call(() => apiClient().GET('/api/operator/registry/companies', { params: { query: status ? { status } : {} }, signal }));
}
/** GET /api/operator/registry/companies/:companyId */
export function getOfficeCompany(companyId: string, signal?: AbortSignal): Promise<CompanyResponse> {
  return call(() => apiClient().GET('/api/operator/registry/companies/{companyId}', { params: { path: { companyId } }, signal }));
}
/** POST /api/operator/registry/companies/:companyId/review */
export function reviewCompany(companyId: string, body: ReviewCompanyBody): Promise<CompanyResponse> {
  return call(() => apiClient().POST('/api/operator/registry/companies/{companyId}/review', { params: { path: { companyId } }, body }));
}
/** GET /api/operator/matching/contact-requests: requests my offices have to forward */
export function getOfficeContactRequests(signal?: AbortSignal): Promise<ReceivedContactRequestListResponse> {
  return call(() => apiClient().GET('/api/operator/matching/contact-requests', { signal }));
}
/** POST /api/operator/matching/contact-requests/:requestId/forward */
export function forwardContactRequest(requestId: string): Promise<ReceivedContactRequestResponse> {
  return call(() => apiClient().POST('/api/operator/matching/contact-requests/{requestId}/forward', { params: { path: { requestId } } }));
}
/** GET /api/{employer|operator}/dossier/companies/:companyId/messages: the company's thread with its CPI's company desk */
export function getCompanyMessages(side: 'employer' | 'operator', companyId: string, signal?: AbortSignal): Promise<MessageListResponse> {
  const params = { path: { companyId } };
  return side === 'employer'
    ? call(() => apiClient().GET('/api/employer/dossier/companies/{companyId}/messages', { params, signal }))
    : call(() => apiClient().GET('/api/operator/dossier/companies/{companyId}/messages', { params, signal }));
}
/** POST /api/{employer|operator}/dossier/companies/:companyId/messages */
export function sendCompanyMessage(side: 'employer' | 'operator', companyId: string, body: string): Promise<MessageResponse> {
  const params = { path: { companyId } };
  return side === 'employer'
    ? call(() => apiClient().POST('/api/employer/dossier/companies/{companyId}/messages', { params, body: { body } }))
    : call(() => apiClient().POST('/api/operator/dossier/companies/{companyId}/messages', { params, body: { body } }));
}
/** POST /api/{employer|operator}/dossier/companies/:companyId/messages/:messageId/read: the read receipt */
export function markCompanyMessageRead(side: 'employer' | 'operator', companyId: string, messageId: string): Promise<MessageResponse> {
  const params = { path: { companyId, messageId } };
  return side === 'employer'
    ? call(() => apiClient().POST('/api/employer/dossier/companies/{companyId}/messages/{messageId}/read', { params }))
    : call(() => apiClient().POST('/api/operator/dossier/companies/{companyId}/messages/{messageId}/read', { params }));
}
