/** Strings of the operator SPA: matching pages (merged into the `operator` namespace under `matching`). */
export const itOperatorMatching = {
  title: '',
};
