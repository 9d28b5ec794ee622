import { renderWithApp, server } from '@opencpi/web-testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { CampaignForm } from './campaign-form';
import { fieldOf, toBody, campaignDefaults } from './campaign-values';

const offices = [{ id: '11111111-1111-4111-8111-111111111111', code: 'CPI-TO', name: 'CPI Torino' }] as never[];
const services = [{ code: 'prima-accoglienza', name: 'Prima accoglienza' }] as never[];

describe('Nuova campagna', () => {
  it('shows the live size of the segment, refuses an incomplete message before calling the API, then makes the draft', async () => {
    const previews: unknown[] = [];
    let created: unknown;
    server.use(
      http.post('/api/operator/campaigns/segment-preview', async ({ request }) => {
        const body = (await request.json()) as { segment: { olderThanDays?: number } };
        previews.push(body);
        return HttpResponse.json({ size: body.segment.olderThanDays === 60 ? 1 : 3, optedOut: 1 });
      }),
      http.post('/api/operator/campaigns', async ({ request }) => {
        created = await request.json();
        return HttpResponse.json({ id: 'c1', name: 'Prova', status: 'draft' }, { status: 201 });
      }),
    );
    const onCreated = vi.fn();
    const user = userEvent.setup();
    renderWithApp(<CampaignForm offices={offices} services={services} onCreated={onCreated} />, { app: 'operator' });
    expect(await screen.findByText('Persone nel gruppo oggi: 3')).toBeInTheDocument();
    expect(screen.getByText('Escluse perché non vogliono messaggi non obbligatori: 1')).toBeInTheDocument();
    const days = screen.getByLabelText('DID presentata da almeno (giorni)', { exact: false });
    fireEvent.change(days, { target: { value: '60' } });
    expect(await screen.findByText('Persone nel gruppo oggi: 1')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Prepara la campagna' }));
    await waitFor(() => expect(screen.getByLabelText('Nome della campagna', { exact: false })).toHaveFocus());
    expect(created).toBeUndefined();

    fireEvent.change(screen.getByLabelText('Nome della campagna', { exact: false }), { target: { value: 'DID senza patto' } });
    fireEvent.change(screen.getByLabelText('Oggetto in italiano', { exact: false }), { target: { value: 'Ti aspettiamo' } });
    fireEvent.change(screen.getByLabelText('Oggetto in inglese', { exact: false }), { target: { value: 'We wait for you' } });
    fireEvent.change(screen.getByLabelText('Testo in italiano', { exact: false }), { target: { value: 'Prenota il primo colloquio.' } });
    fireEvent.change(screen.getByLabelText('Testo in inglese', { exact: false }), { target: { value: 'Book your first interview.' } });
    await user.click(screen.getByRole('button', { name: 'Prepara la campagna' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(created).toMatchObject({
      name: 'DID senza patto',
      officeId: '11111111-1111-4111-8111-111111111111',
      segment: { kind: 'did_without_patto', olderThanDays: 60 },
      kind: 'invitation',
      serviceType: 'prima-accoglienza',
      variants: [{ subjectIt: 'Ti aspettiamo', subjectEn: 'We wait for you', bodyIt: 'Prenota il primo colloquio.', bodyEn: 'Book your first interview.' }],
    });
  }, 60_000);

  it('sends only the parameters of the chosen segment, two variants with A/B, and maps the API pointers back to the fields', () => {
    const v = { ...campaignDefaults('o1', 's1'), segmentKind: 'fit_new_vacancies' as const, kind: 'information' as const, abTest: true, subjectItB: ' B ' };
    const body = toBody(v);
    expect(body.segment).toEqual({ kind: 'fit_new_vacancies', publishedWithinDays: 14, minScore: 50 });
    expect(body).not.toHaveProperty('serviceType');
    expect(body.variants).toHaveLength(2);
    expect(body.variants[1]?.subjectIt).toBe('B');
    expect(fieldOf('segment.olderThanDays')).toBe('olderThanDays');
    expect(fieldOf('segment.kind')).toBe('segmentKind');
    expect(fieldOf('variants.1.bodyEn')).toBe('bodyEnB');
    expect(fieldOf('variants.0.subjectIt')).toBe('subjectItA');
    expect(fieldOf('dailyCap')).toBe('dailyCap');
  });

  it('folds the optional languages behind a disclosure, writes Arabic right to left, and sends a language only with its subject and body', async () => {
    let created: { variants: Record<string, string>[] } | undefined;
    server.use(
      http.post('/api/operator/campaigns/segment-preview', () => HttpResponse.json({ size: 3, optedOut: 0 })),
      http.post('/api/operator/campaigns', async ({ request }) => {
        created = (await request.json()) as typeof created;
        return HttpResponse.json({ id: 'c1', name: 'Prova', status: 'draft' }, { status: 201 });
      }),
    );
    const onCreated = vi.fn();
    const user = userEvent.setup();
    renderWithApp(<CampaignForm offices={offices} services={services} onCreated={onCreated} />, { app: 'operator' });
    const disclosure = (await screen.findByText('Altre lingue (facoltative)')).closest('details')!;
    expect(disclosure).not.toHaveAttribute('open');
    const subjectAr = screen.getByLabelText('Oggetto in arabo');
    expect(subjectAr).toHaveAttribute('dir', 'rtl');
    expect(subjectAr).toHaveAttribute('lang', 'ar');
    expect(screen.getByLabelText('Testo in arabo')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByLabelText('Oggetto in ucraino')).not.toHaveAttribute('dir');
    expect(screen.getByLabelText('Oggetto in ucraino')).not.toBeRequired();

    const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });
    fill('Nome della campagna', 'DID senza patto');
    fill('Oggetto in italiano', 'Ti aspettiamo');
    fill('Oggetto in inglese', 'We wait for you');
    fill('Testo in italiano', 'Prenota il primo colloquio.');
    fill('Testo in inglese', 'Book your first interview.');
    fill('Oggetto in ucraino', 'Чекаємо на вас');
    fill('Testo in ucraino', 'Запишіться на першу співбесіду.');
    fill('Oggetto in arabo', 'ننتظرك');
    await user.click(screen.getByRole('button', { name: 'Prepara la campagna' }));
    // an Arabic subject without its body: named on the field, the disclosure opened, nothing sent
    await waitFor(() => expect(screen.getByLabelText('Testo in arabo')).toHaveFocus());
    expect(disclosure).toHaveAttribute('open');
    expect(screen.getByText('Scrivi sia l’oggetto sia il testo in questa lingua, oppure lascia vuoti entrambi.')).toBeInTheDocument();
    expect(created).toBeUndefined();

    fill('Oggetto in arabo', '');
    await user.click(screen.getByRole('button', { name: 'Prepara la campagna' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(created?.variants).toEqual([
      {
        subjectIt: 'Ti aspettiamo',
        subjectEn: 'We wait for you',
        bodyIt: 'Prenota il primo colloquio.',
        bodyEn: 'Book your first interview.',
        subjectUk: 'Чекаємо на вас',
        bodyUk: 'Запишіться на першу співбесіду.',
      },
    ]);
  }, 60_000);
});
