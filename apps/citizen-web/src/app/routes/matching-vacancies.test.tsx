import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { MatchingVacanciesRoute } from './matching-vacancies';

const LIST = '/api/citizen/matching/vacancies';

/** Answers the list with `body`, keeping the query of each request. */
function answerList(body: object, queries: URLSearchParams[] = []) {
  server.use(
    http.get(LIST, ({ request }) => {
      queries.push(new URL(request.url).searchParams);
      return HttpResponse.json(body);
    }),
  );
  return queries;
}

describe('/offerte', () => {
  it('no saved profile and no vacancy: the "not ranked" warning and "Nessuna offerta trovata"', async () => {
    answerList({ items: [], ranked: false });
    renderWithApp(<MatchingVacanciesRoute />, { path: '/offerte' });
    expect(await screen.findByText('Nessuna offerta trovata con questi filtri.')).toBeInTheDocument();
    expect(screen.getByText(/Completa il tuo profilo professionale/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Completa il profilo' })).toBeInTheDocument();
  });

  it('filters on "Filtra" only: contract and "within my distance" unticked go in the query', async () => {
    const queries = answerList({ items: [], ranked: true });
    const user = userEvent.setup();
    renderWithApp(<MatchingVacanciesRoute />, { path: '/offerte' });
    await screen.findByText('Nessuna offerta trovata con questi filtri.');
    expect(screen.queryByText(/Completa il tuo profilo professionale/)).not.toBeInTheDocument();
    expect(queries[0]?.get('withinReach')).toBe('true');
    await user.selectOptions(screen.getByLabelText('Contratto'), 'permanent');
    await user.click(screen.getByLabelText('Solo entro la distanza che ho indicato'));
    expect(queries).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Filtra' }));
    await waitFor(() => expect(queries).toHaveLength(2));
    expect(queries[1]?.get('contractType')).toBe('permanent');
    expect(queries[1]?.get('withinReach')).toBe('false');
  });

  it("a keyword over VacancySearchQuery's 60 characters: said on the field (focused), no new search", async () => {
    const queries = answerList({ items: [], ranked: true });
    const user = userEvent.setup();
    renderWithApp(<MatchingVacanciesRoute />, { path: '/offerte' });
    await screen.findByText('Nessuna offerta trovata con questi filtri.');
    const keyword = screen.getByLabelText('Parola chiave');
    await user.type(keyword, 'x'.repeat(61));
    await user.click(screen.getByRole('button', { name: 'Filtra' }));
    await waitFor(() => expect(keyword).toHaveFocus());
    expect(keyword).toHaveAccessibleDescription('Il testo è troppo corto o troppo lungo.');
    expect(queries).toHaveLength(1);
  });

  it("the API's 400 on /q (a keyword too long in the address) shows on the keyword, with the error box", async () => {
    server.use(http.get(LIST, () => problem(400, 'VALIDATION_FAILED', [{ pointer: '/q', constraint: 'isLength' }])));
    renderWithApp(<MatchingVacanciesRoute />, { path: `/offerte?q=${'y'.repeat(70)}` });
    const keyword = screen.getByLabelText('Parola chiave');
    await waitFor(() => expect(keyword).toHaveAttribute('aria-invalid', 'true'));
    expect(keyword).toHaveAccessibleDescription('Il testo è troppo corto o troppo lungo.');
    expect(screen.getByText(/test-correlation-id/)).toBeInTheDocument();
  });
});

describe('/offerte after a profile change', () => {
  it('says why the list changed when the profile was saved since the last visit', async () => {
    localStorage.setItem('opencpi.matching.lastSeenList', JSON.stringify({ count: 2, at: Date.now() - 60_000 }));
    localStorage.setItem('opencpi.matching.profileSavedAt', String(Date.now() - 1_000));
    answerList({ items: [], ranked: true });
    renderWithApp(<MatchingVacanciesRoute />, { path: '/offerte' });
    expect(await screen.findByText(/Il tuo profilo è cambiato: ora le offerte adatte a te sono 0, prima erano 2/)).toBeInTheDocument();
    // remembered: the next visit, with no new save, says nothing
    expect(JSON.parse(localStorage.getItem('opencpi.matching.lastSeenList') ?? '{}')).toMatchObject({ count: 0 });
  });
});
