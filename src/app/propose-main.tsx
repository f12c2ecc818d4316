import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../components/fonts.css';
import '../components/app.css';
import '../features/propose/propose.css';
import { ProposeApp } from '../features/propose/propose-app';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ProposeApp />
    </StrictMode>,
  );
}
