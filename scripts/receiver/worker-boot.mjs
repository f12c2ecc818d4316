// Entry of a validation worker. Worker threads do not inherit the parent's TypeScript loader
// (tsx), so each registers it before loading its real module, named in workerData.module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
