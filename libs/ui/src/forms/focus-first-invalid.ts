const TARGETS = '[aria-invalid="true"], fieldset.is-invalid, [role="alert"]';

/**
 * After a failed submit, moves focus to the first field marked invalid in the form (or to the first error box),
 * so that keyboard and screen-reader users land on what needs fixing. The errors of a failed request are painted a
 * little after its callback runs, so it looks again for a short while until they are there.
 */
export function focusFirstInvalid(form: HTMLElement | null, attemptsLeft = 10): void {
  setTimeout(
    () => {
      const target = form?.querySelector<HTMLElement>(TARGETS);
      if (!target) {
        if (attemptsLeft > 0) focusFirstInvalid(form, attemptsLeft - 1);
        return;
      }
      if (target.getAttribute('role') === 'alert' && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
    },
    attemptsLeft === 10 ? 0 : 30,
  );
}
