import { problem, server } from '@opencpi/web-testing'; // first, as in every SPA test: it loads React in test mode
// before prerender's imports: one of them leaves NODE_ENV=production while it loads, and the server renderer loaded then
// (production) cannot render with React in test mode
import 'react-dom/server';
import { ApiProblem, queryKeys } from '@opencpi/api-client';
import { QueryClient, type DehydratedState } from '@tanstack/react-query';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { hydratePageData, PAGE_DATA_ID } from './app/page-data';
import { APPOINTMENT, INVITATION, TOKEN } from './features/agenda/components/agenda-test-fixtures';
import { renderLinkPage } from './prerender';

const API = 'http://api.test';
const SHELL = '<!doctype html><html lang="it"><head><title>t</title></head><body><div id="root"></div><script type="module" src="/main.js"></script></body></html>';
const INVITATION_URL = `${API}/api/public/invitations/${encodeURIComponent(TOKEN)}`;

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
/** What a person sees before the JavaScript runs: the text of #root. */
const pageText = (html: string) => parse(html).getElementById('root')?.textContent ?? '';
const pageData = (html: string) => JSON.parse(parse(html).getElementById(PAGE_DATA_ID)?.textContent ?? 'null') as DehydratedState | null;

describe('renderLinkPage: a page opened from a link, rendered on the server with the API answer', () => {
  it('an invitation: the greeting, the service, the slots and the form in the HTML, the answer handed to the app', async () => {
    server.use(http.get(INVITATION_URL, () => HttpResponse.json(INVITATION)));
    const html = await renderLinkPage(SHELL, `/invito/${TOKEN}`, { apiOrigin: API });
    expect(html).toContain('<div id="root" inert>'); // no input before the app has taken the page over
    const text = pageText(html!);
    expect(text).toContain("Scegli quando venire al Centro per l'Impiego");
    expect(text).toContain('Buongiorno Fatima');
    expect(text).toContain('Servizio: Prima accoglienza e informazioni');
    expect(text).toContain('09:00');
    expect(text).toContain('Conferma prenotazione');
    expect(text).not.toContain('Caricamento');
    const state = pageData(html!);
    expect(state?.queries).toHaveLength(1);
    expect(state?.queries[0]?.queryKey).toEqual(queryKeys.invitation.byToken(TOKEN));
    expect(state?.queries[0]?.state.data).toEqual(INVITATION);
    // the app's cache gets the same answer: its first render is this page, not a spinner
    const client = new QueryClient();
    expect(hydratePageData(client, parse(html!))).toBe(true);
    expect(client.getQueryData(queryKeys.invitation.byToken(TOKEN))).toEqual(INVITATION);
  });

  it('an invitation already booked: the confirmation', async () => {
    server.use(http.get(INVITATION_URL, () => HttpResponse.json({ ...INVITATION, status: 'booked', appointment: APPOINTMENT })));
    const text = pageText((await renderLinkPage(SHELL, `/invito/${TOKEN}`, { apiOrigin: API }))!);
    expect(text).toContain('Appuntamento confermato');
    expect(text).not.toContain('Conferma prenotazione');
  });

  it('a link the API does not know: "Il link non è più valido", the problem handed over as an ApiProblem with its code', async () => {
    server.use(http.get(INVITATION_URL, () => problem(404, 'INVITATION_NOT_FOUND')));
    const html = (await renderLinkPage(SHELL, `/invito/${TOKEN}`, { apiOrigin: API }))!;
    expect(pageText(html)).toContain('Il link non è più valido');
    const client = new QueryClient();
    const doc = parse(html);
    hydratePageData(client, doc);
    const error = client.getQueryState(queryKeys.invitation.byToken(TOKEN))?.error;
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).code).toBe('INVITATION_NOT_FOUND');
    expect(doc.getElementById(PAGE_DATA_ID)).toBeNull(); // read once, then removed
  });

  it('no answer (the API down, or too many requests): the page loading, as the app first renders it, and nothing handed over', async () => {
    for (const answer of [() => HttpResponse.error(), () => problem(429, 'RATE_LIMITED'), () => problem(503, 'UNAVAILABLE')]) {
      server.use(http.get(INVITATION_URL, answer));
      const html = (await renderLinkPage(SHELL, `/invito/${TOKEN}`, { apiOrigin: API }))!;
      expect(pageText(html)).toContain("Scegli quando venire al Centro per l'Impiego");
      expect(pageText(html)).toContain('Caricamento');
      expect(pageData(html)?.queries).toEqual([]);
    }
  });

  it('the "are you coming?" link: the appointment and the two answers', async () => {
    server.use(
      http.get(`${API}/api/public/appointments/:id/recall/:signature`, ({ params }) =>
        params['signature'] === 'sig' ? HttpResponse.json({ givenName: 'Mario', appointment: APPOINTMENT, answerable: true, answer: null }) : problem(404, 'APPOINTMENT_NOT_FOUND'),
      ),
    );
    const text = pageText((await renderLinkPage(SHELL, `/presenza/${APPOINTMENT.id}/sig`, { apiOrigin: API }))!);
    expect(text).toContain('Ci sarai');
    expect(text).toContain('Prima accoglienza e informazioni');
  });

  it('the verification form (no data) and a certificate code the API does not know', async () => {
    expect(pageText((await renderLinkPage(SHELL, '/verifica', { apiOrigin: API }))!)).toContain('Codice di verifica');
    server.use(http.get(`${API}/api/public/certificates/:code`, () => problem(404, 'CERTIFICATE_NOT_FOUND')));
    const text = pageText((await renderLinkPage(SHELL, '/verifica/ABCD-EFGH-IJKL-MNOP', { apiOrigin: API }))!);
    expect(text).toContain('ABCD-EFGH-IJKL-MNOP');
    expect(text).not.toContain('Caricamento');
  });

  it('not a page opened from a link: left to the shell', async () => {
    for (const url of ['/', '/profilo', '/appuntamenti', '/invito']) expect(await renderLinkPage(SHELL, url, { apiOrigin: API })).toBeUndefined();
  });

  it('a value cannot close the data element', async () => {
    server.use(http.get(INVITATION_URL, () => HttpResponse.json({ ...INVITATION, givenName: '</script><script>alert(1)</script>' })));
    const html = (await renderLinkPage(SHELL, `/invito/${TOKEN}`, { apiOrigin: API }))!;
    expect(html).not.toContain('</script><script>alert(1)');
    expect(parse(html).querySelectorAll('script')).toHaveLength(2); // the shell's module and the data, nothing else
    expect((pageData(html)?.queries[0]?.state.data as { givenName: string }).givenName).toBe('</script><script>alert(1)</script>');
  });
});
