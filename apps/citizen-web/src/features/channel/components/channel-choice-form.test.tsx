import type { ChannelProfileResponse } from '@opencpi/contracts';
import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ChannelChoiceForm } from './channel-choice-form';

const PROFILE = { modelVersion: '1', maxScore: 12, advisedChannel: 'digital', needsHelp: false } as ChannelProfileResponse;

describe('La tua scelta (canale)', () => {
  it("nothing preselected: asks for a choice; a language need over ChooseChannelBody's 200 characters; the server's 400", async () => {
    let calls = 0;
    server.use(
      http.put('/api/citizen/patto/channel/choice', () => ((calls += 1), problem(400, 'VALIDATION_FAILED', [{ pointer: '/accessibilityNeeds', constraint: 'isLength' }]))),
    );
    const user = userEvent.setup();
    renderWithApp(<ChannelChoiceForm profile={PROFILE} />);
    expect(screen.getByRole('group', { name: 'Come vuoi essere seguito?' })).toBeInTheDocument();
    expect(screen.queryByRole('radio', { checked: true })).not.toBeInTheDocument();

    await user.click(screen.getByLabelText(/Lingua o bisogni linguistici/));
    await user.paste('x'.repeat(201));
    await user.click(screen.getByRole('button', { name: 'Salva la mia scelta' }));
    expect(await screen.findByText('Scegli come vuoi essere seguito.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Lingua o bisogni linguistici/)).toHaveAccessibleDescription(/Il testo è troppo corto o troppo lungo/);
    expect(calls).toBe(0);

    await user.clear(screen.getByLabelText(/Lingua o bisogni linguistici/));
    await user.click(screen.getAllByRole('radio')[0]!);
    await user.click(screen.getByRole('button', { name: 'Salva la mia scelta' }));
    await waitFor(() => expect(calls).toBe(1));
    const accessibility = screen.getByRole('textbox', { name: /accessibilit/i });
    await waitFor(() => expect(accessibility).toHaveAttribute('aria-invalid', 'true'));
  });
});
