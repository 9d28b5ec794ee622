import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';

/** A signed-in session: the api-client reads its CSRF token before any POST/PUT/PATCH/DELETE. */
export const sessionHandler = http.get('/api/auth/session', () =>
  HttpResponse.json({
    authenticated: true,
    csrfToken: 'test-csrf-token',
    user: { fiscalCode: 'RSSMRA85T10A562S', name: 'Mario', familyName: 'Rossi', roles: ['citizen'], spidLevel: 2 },
  }),
);

/**
 * The mocked API of the SPA tests (network level: the real api-client and fetch run). Each test adds the handlers it
 * needs with `server.use(...)`; a request no handler answers fails the test.
 */
/** "Valuta il servizio" sits at the foot of several service pages: none to give, unless a test says otherwise. */
export const mySurveysHandler = http.get('/api/citizen/surveys', () => HttpResponse.json({ items: [] }));

export const server = setupServer(sessionHandler, mySurveysHandler);
