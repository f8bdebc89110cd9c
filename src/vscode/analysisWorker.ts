// Runs analyses and renderings off the extension host's main thread. Protocol: see workerProtocol.ts.
import { parentPort } from 'node:worker_threads';
import { perform } from './workerTasks';
import type { WorkerRequest, WorkerResponse } from './workerProtocol';

parentPort?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id: request.id, ok: true, result: perform(request) };
  } catch (e) {
    response = { id: request.id, ok: false, error: (e as Error).stack ?? String(e) };
  }
  parentPort?.postMessage(response);
});
