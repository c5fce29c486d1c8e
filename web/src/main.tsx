import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ensureCsrf } from './lib/api-client';

// The server sets the XSRF-TOKEN cookie here; mutating calls send it back as a header.
void ensureCsrf();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
