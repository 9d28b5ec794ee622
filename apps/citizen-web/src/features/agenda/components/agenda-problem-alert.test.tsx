import { ApiProblem } from '@opencpi/api-client';
import { renderWithApp } from '@opencpi/web-testing';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AgendaProblemAlert } from './agenda-problem-alert';

describe('one live booking per service', () => {
  it('tells when the appointment already booked is, and leads to it to move it', () => {
    const problem = new ApiProblem({
      status: 409,
      code: 'SERVICE_ALREADY_BOOKED',
      extensions: { existingAppointmentId: 'a1', existingLocalDate: '2027-01-15', existingLocalTime: '09:30' },
    });
    renderWithApp(<AgendaProblemAlert error={problem} />, { app: 'citizen' });
    expect(screen.getByRole('alert')).toHaveTextContent('Hai già un appuntamento per questo servizio il 15 gennaio 2027 alle 09:30, puoi spostarlo.');
    expect(screen.getByRole('link', { name: 'Vai ai tuoi appuntamenti per spostarlo' })).toHaveAttribute('href', '/appuntamenti');
  });
});
