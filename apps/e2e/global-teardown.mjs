export default async function globalTeardown() {
  const state = globalThis.__OPENCPI_E2E__;
  if (!state) return;
  await state.platform.stop();
  if (state.simulator) await state.simulator.stop();
  if (state.embedded) await state.embedded.stop();
}
