// Entry of the browser app: defines the custom elements and mounts the shell. index.html loads this
// as a module script (no inline script, so the Content-Security-Policy needs no 'unsafe-inline').
import './app/idl-app.ts';
import { registerOfflineWorker } from './offline.ts';

if (!document.querySelector('idl-app')) document.body.append(document.createElement('idl-app'));

registerOfflineWorker();
