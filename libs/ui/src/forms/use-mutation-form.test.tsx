import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useMutationForm, type MutationFormOptions } from './use-mutation-form';

interface NoteValues {
  text: string;
  tag: string;
}
class NoteBody {
  text!: string;
}
const toBody = (v: NoteValues): NoteBody => ({ text: v.text.trim() });
const defaults = (): NoteValues => ({ text: '', tag: 'a' });
type Extra = Partial<Pick<MutationFormOptions<NoteValues, NoteBody, { id: string }, NoteBody>, 'onSaved' | 'reset'>>;

/** the hook on a mutation whose request is `send` (a plain QueryClient, no HTTP) */
function setup(send: (body: NoteBody) => Promise<{ id: string }>, extra: Extra = {}) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  return renderHook(
    () => {
      const mutation = useMutation({ mutationFn: send });
      return { mutation, ...useMutationForm({ dto: NoteBody, toBody, defaults, mutation, ...extra }) };
    },
    { wrapper },
  );
}

describe('useMutationForm', () => {
  it('sends toBody(values), then runs onSaved, resets to the defaults and says done', async () => {
    const send = vi.fn(async () => ({ id: 'n1' }));
    const onSaved = vi.fn();
    const { result } = setup(send, { onSaved });
    act(() => result.current.form.setValue('text', '  hello '));
    await act(() => result.current.submit({ text: '  hello ', tag: 'b' }));
    expect(send).toHaveBeenCalledWith({ text: 'hello' }, expect.anything());
    expect(onSaved).toHaveBeenCalledWith({ id: 'n1' }, { text: '  hello ', tag: 'b' });
    expect(result.current.done).toBe(true);
    expect(result.current.form.getValues()).toEqual({ text: '', tag: 'a' });
  });

  it('keeps the values and says nothing when the request is refused; the error stays on the mutation', async () => {
    const onSaved = vi.fn();
    const { result } = setup(() => Promise.reject(new Error('refused')), { onSaved });
    act(() => result.current.form.setValue('text', 'kept'));
    await act(() => result.current.submit({ text: 'kept', tag: 'a' }));
    expect(onSaved).not.toHaveBeenCalled();
    expect(result.current.done).toBe(false);
    expect(result.current.form.getValues('text')).toBe('kept');
    await waitFor(() => expect(result.current.mutation.error).toEqual(new Error('refused')));
  });

  it('after a save keeps the values (reset: false) or starts again from what `reset` gives', async () => {
    const kept = setup(async () => ({ id: 'n1' }), { reset: false });
    act(() => kept.result.current.form.setValue('text', 'stays'));
    await act(() => kept.result.current.submit({ text: 'stays', tag: 'b' }));
    expect(kept.result.current.done).toBe(true);
    expect(kept.result.current.form.getValues('text')).toBe('stays');

    const partly = setup(async () => ({ id: 'n1' }), { reset: (v) => ({ ...v, text: '' }) });
    await act(() => partly.result.current.submit({ text: 'gone', tag: 'b' }));
    expect(partly.result.current.form.getValues()).toEqual({ text: '', tag: 'b' });
  });

  it('ignores a submit while the request is pending, and clears done when the next submit starts', async () => {
    let finish: (saved: { id: string }) => void = () => undefined;
    const send = vi.fn(() => new Promise<{ id: string }>((resolve) => (finish = resolve)));
    const { result } = setup(send);
    let first: Promise<void> = Promise.resolve();
    act(() => void (first = result.current.submit({ text: 'one', tag: 'a' })));
    await waitFor(() => expect(result.current.mutation.isPending).toBe(true));
    await act(() => result.current.submit({ text: 'two', tag: 'a' }));
    expect(send).toHaveBeenCalledTimes(1);
    await act(async () => {
      finish({ id: 'n1' });
      await first;
    });
    expect(result.current.done).toBe(true);

    act(() => void result.current.submit({ text: 'three', tag: 'a' }));
    expect(result.current.done).toBe(false);
    await waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    await act(async () => finish({ id: 'n2' }));
    await waitFor(() => expect(result.current.done).toBe(true));
  });
});
