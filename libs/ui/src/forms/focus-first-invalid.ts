const FIELDS = '[aria-invalid="true"], fieldset.is-invalid';
const ERROR_BOX = '[role="alert"]';

/**
 * After a failed submit, moves focus to the first field marked invalid in the form (or to the first error box),
 * so that keyboard and screen-reader users land on what needs fixing. The errors of a failed request are painted a
 * little after its callback runs (the error box often first), so it looks again for a short while until a field is
 * marked, and only then settles for the error box (a refusal that names no field).
 */
export function focusFirstInvalid(form: HTMLElement | null, attemptsLeft = 10): void {
  setTimeout(
    () => {
      const field = form?.querySelector<HTMLElement>(FIELDS);
      if (!field && attemptsLeft > 0) {
        focusFirstInvalid(form, attemptsLeft - 1);
        return;
      }
      const target = field ?? form?.querySelector<HTMLElement>(ERROR_BOX);
      if (!target) return;
      if (target.getAttribute('role') === 'alert' && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
    },
    attemptsLeft === 10 ? 0 : 30,
  );
}
