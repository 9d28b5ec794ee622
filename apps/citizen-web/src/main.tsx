// reflect-metadata (for the DTOs' decorators) comes with @opencpi/contracts: reflectMetadataFirst in vite.config.mts
import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { i18n } from './app/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// first render once the chosen language's texts are loaded (a chunk unless Italian): no flash of keys
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
void i18n.ready.then(render, render);
