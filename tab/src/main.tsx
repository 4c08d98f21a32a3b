/** Entry point of the Customer Pulse tab. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { connectToTeams } from './teams/teamsHost.ts';
// Starts the translator (English until Teams says otherwise) and sets the page title.
import './i18n/i18n.ts';

// Teams' handshake starts before React renders; the app's connection hook shares it.
connectToTeams().catch(() => undefined);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
