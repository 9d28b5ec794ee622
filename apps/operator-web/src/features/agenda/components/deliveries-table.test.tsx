import type { DeliveryResponse } from '@opencpi/contracts';
import { renderWithApp } from '@opencpi/web-testing';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DeliveriesTable } from './deliveries-table';

const delivery = (over: Partial<DeliveryResponse>): DeliveryResponse => ({ channel: 'email', address: 'm***@example.it', status: 'pending', attempts: [], ...over });

describe('Consegne: messages held back', () => {
  it('says until when a message waits for the end of the quiet hours, and why', () => {
    const at = new Date(Date.now() + 3_600_000);
    const time = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit' }).format(at);
    renderWithApp(
      <DeliveriesTable
        deliveries={[
          delivery({ queuedUntil: at.toISOString(), quietHours: true }),
          delivery({ channel: 'sms', address: '+39***', status: 'sent', sentAt: new Date().toISOString() }),
        ]}
      />,
      { app: 'operator' },
    );
    expect(screen.getByText(`In coda fino alle ${time} (ore di silenzio)`)).toBeInTheDocument();
    expect(screen.getByText('Inviato')).toBeInTheDocument();
  });
});
