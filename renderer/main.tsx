import { installTrustedTypesPolicy } from './app/trusted-types';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './app/App';
import { AppServicesProvider, createAppServices } from './store/app-services';
import { createPlatform } from './platform';
import { DATABASE_NAME, JourneyDatabase } from './store/journey-database';
import { TRAINING_DATABASE, trainingSampleFromUrl } from './training/training-mode';

installTrustedTypesPolicy(window as unknown as Parameters<typeof installTrustedTypesPolicy>[0]);
const training = trainingSampleFromUrl(window.location);
const services = createAppServices(
  createPlatform(),
  new JourneyDatabase(training === null ? DATABASE_NAME : TRAINING_DATABASE),
);
const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <AppServicesProvider services={services}>
      <App training={training} />
    </AppServicesProvider>
  </StrictMode>,
);
