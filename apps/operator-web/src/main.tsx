// class-transformer's @Type (in the shared DTOs the forms validate with) reads decorator metadata: load the polyfill first
import 'reflect-metadata';
import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { i18n } from './app/i18n';
import './app/operator.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// first render once every text of the chosen language is loaded: no flash of keys
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
void i18n.complete.then(render, render);
