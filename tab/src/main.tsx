/** Entry point of the Customer Pulse tab. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { strings } from './strings.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

document.title = strings.appName;
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
