import { Worker } from 'node:worker_threads';
import { check } from '../check';
import type { AnalyzeOptions } from '../core/analyze';
import type { CheckOptions, CheckResult } from '../rules/types';
import { LARGE_DOCUMENT_CHARS, withoutCells } from './largeResults';
import type { WorkerRequest, WorkerResponse } from './workerProtocol';

/** Thrown to callers whose request was replaced by a newer one for the same document before it ran. */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer version');
  }
}

interface Job {
  key: string;
  text: string;
  options: AnalyzeOptions & CheckOptions;
  resolve(result: CheckResult): void;
  reject(error: Error): void;
}

/**
 * Runs `check` in one worker thread, one job at a time, keeping only the newest waiting job per document
 * (older ones are rejected with Superseded before they cost anything). Falls back to the calling thread
 * when no worker can be started (the extension then still works, only less smoothly).
 */
export class AnalysisRunner {
  private worker: Worker | undefined;
  private workerFailed = false;
  private readonly waiting = new Map<string, Job>();
  private running: { id: number; job: Job } | undefined;
  private nextId = 1;

  constructor(private readonly workerPath: string | undefined) {}

  run(key: string, text: string, options: AnalyzeOptions & CheckOptions): Promise<CheckResult> {
    return new Promise<CheckResult>((resolve, reject) => {
      this.waiting.get(key)?.reject(new Superseded());
      this.waiting.set(key, { key, text, options, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.running) return;
    const next = this.waiting.values().next();
    if (next.done) return;
    const job = next.value;
    this.waiting.delete(job.key);
    const worker = this.ensureWorker();
    if (!worker) {
      // No worker: analyse here, but yield first so a burst of edits collapses into one run.
      this.running = { id: 0, job };
      setImmediate(() => {
        this.running = undefined;
        try {
          const result = check(job.text, job.options);
          job.resolve(job.text.length > LARGE_DOCUMENT_CHARS ? withoutCells(result) : result);
        } catch (e) {
          job.reject(e as Error);
        }
        this.pump();
      });
      return;
    }
    const id = this.nextId++;
    this.running = { id, job };
    const request: WorkerRequest = { id, text: job.text, options: job.options, lite: job.text.length > LARGE_DOCUMENT_CHARS };
    worker.postMessage(request);
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.workerFailed || !this.workerPath) return this.worker;
    try {
      const worker = new Worker(this.workerPath);
      worker.on('message', (response: WorkerResponse) => this.finish(response));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', () => {
        if (this.worker === worker) this.worker = undefined;
      });
      worker.unref();
      this.worker = worker;
    } catch {
      this.workerFailed = true;
    }
    return this.worker;
  }

  private finish(response: WorkerResponse): void {
    const running = this.running;
    if (!running || running.id !== response.id) return;
    this.running = undefined;
    if (response.ok) running.job.resolve(response.result);
    else running.job.reject(new Error(response.error));
    this.pump();
  }

  private fail(error: Error): void {
    // The worker died (out of memory on a huge file, say): report it to the job it was running and start afresh.
    const running = this.running;
    this.running = undefined;
    this.worker = undefined;
    running?.job.reject(error);
    this.pump();
  }

  dispose(): void {
    for (const job of this.waiting.values()) job.reject(new Superseded());
    this.waiting.clear();
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
