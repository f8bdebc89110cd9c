import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ANALYSIS_WORKER_LIMITS } from '../vscode/analysisRunner';
import { perform } from '../vscode/workerTasks';
import type { Findings, Task, WorkerRequest, WorkerResponse } from '../vscode/workerProtocol';

/** One file's check as the CLI needs it. */
export type Checked = { findings: Findings } | { error: Error };

/** The analysis worker bundled beside the CLI (dist/analysisWorker.js), when there is one. */
export function bundledWorker(): string | undefined {
  if (typeof __dirname === 'undefined') return undefined; // run from source (tests): no bundle
  const path = join(__dirname, 'analysisWorker.js');
  return existsSync(path) ? path : undefined;
}

/** Worker threads for a batch of `files`: one per core (at most 8), never more than files, none for one file. */
export function defaultJobs(files: number): number {
  return files < 2 ? 1 : Math.max(1, Math.min(8, availableParallelism(), files));
}

/**
 * Checks tasks on `jobs` worker threads (the extension's analysis worker, with its memory limits),
 * taking the next task as a thread frees up; `next()` reads a file only then, so a batch never holds
 * more texts than threads. Results come back in task order. Without a worker script or with one
 * job, tasks run here, one by one.
 */
export async function runChecks(
  count: number,
  next: (i: number) => Task | Error,
  jobs: number,
  workerPath: string | undefined,
): Promise<Checked[]> {
  const results: Checked[] = new Array(count);
  if (!workerPath || jobs < 2) {
    for (let i = 0; i < count; i++) results[i] = here(next(i));
    return results;
  }
  let taken = 0;
  const start = () => new Worker(workerPath, { resourceLimits: ANALYSIS_WORKER_LIMITS });
  const lane = async () => {
    let worker = start();
    try {
      for (let i = taken++; i < count; i = taken++) {
        const task = next(i);
        if (task instanceof Error) {
          results[i] = { error: task };
          continue;
        }
        const answer = await inWorker(worker, task, i);
        results[i] = answer.checked;
        if (answer.died) worker = start(); // out of memory on a huge file, say: the next file gets a fresh thread
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, count) }, lane));
  return results;
}

function here(task: Task | Error): Checked {
  if (task instanceof Error) return { error: task };
  try {
    return { findings: perform(task) as Findings };
  } catch (e) {
    return { error: e as Error };
  }
}

/** One task on a worker: its answer, or the error the worker died of. */
function inWorker(worker: Worker, task: Task, id: number): Promise<{ checked: Checked; died: boolean }> {
  return new Promise((resolve) => {
    const done = (checked: Checked, died: boolean) => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve({ checked, died });
    };
    const onMessage = (response: WorkerResponse) => {
      if (response.id !== id) return;
      done(response.ok ? { findings: response.result as Findings } : { error: new Error(response.error.split('\n')[0]) }, false);
    };
    const onError = (error: Error) => done({ error }, true);
    const onExit = (code: number) => done({ error: new Error(`the analysis thread stopped (exit code ${code})`) }, true);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ ...task, id } satisfies WorkerRequest);
  });
}
