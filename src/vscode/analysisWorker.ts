// Runs analyses off the extension host's main thread. Protocol: see workerProtocol.ts.
import { parentPort } from 'node:worker_threads';
import { check } from '../check';
import { withoutCells } from './largeResults';
import type { WorkerRequest, WorkerResponse } from './workerProtocol';

parentPort?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    const result = check(request.text, request.options);
    response = { id: request.id, ok: true, result: request.lite ? withoutCells(result) : result };
  } catch (e) {
    response = { id: request.id, ok: false, error: (e as Error).stack ?? String(e) };
  }
  parentPort?.postMessage(response);
});
