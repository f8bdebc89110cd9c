import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from '../core/analyze';
import type { CheckOptions, CheckResult } from '../rules/types';
import { LARGE_DOCUMENT_CHARS } from './largeResults';
import type { RenderedText, Task, WorkerRequest, WorkerResponse } from './workerProtocol';
import { perform } from './workerTasks';

/**
 * The analysis worker's V8 limits. A young generation of 3 MB (two 1 MB semi-spaces; Node's default
 * grows to 16 MB each) keeps an analysis's garbage from swelling the extension host's memory: on
 * the corpus's largest filings peak memory falls by 10-25 MB for a few per cent of speed (npm run
 * bench measures the engine under these limits).
 */
export const ANALYSIS_WORKER_LIMITS = { maxYoungGenerationSizeMb: 3 } as const;

/** Thrown to callers whose request was replaced by a newer one for the same document before it ran. */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer version');
  }
}

interface Job {
  key: string;
  task: Task;
  resolve(result: CheckResult | RenderedText): void;
  reject(error: Error): void;
}

/**
 * Runs `check` (and HTML rendering) in one worker thread, one job at a time, keeping only the newest waiting job per document
 * (older ones are rejected with Superseded before they cost anything). Falls back to the calling thread
 * when no worker can be started (the extension then still works, only less smoothly).
 */
export class AnalysisRunner {
  private worker: Worker | undefined;
  private workerFailed = false;
  private readonly waiting = new Map<string, Job>();
  private running: { id: number; job: Job } | undefined;
  private nextId = 1;
  private nextRender = 1;

  constructor(private readonly workerPath: string | undefined) {}

  run(key: string, text: string, options: AnalyzeOptions & CheckOptions): Promise<CheckResult> {
    return this.enqueue(`check:${key}`, {
      kind: 'check',
      text,
      options,
      lite: text.length > LARGE_DOCUMENT_CHARS,
    }) as Promise<CheckResult>;
  }

  /** The SEC-text rendering of an HTML filing (text and offset-map segments), made off the main thread. */
  render(key: string, text: string, uri?: string): Promise<RenderedText> {
    // Every request gets its own slot: a rendering is asked for once per open, and none may cancel another.
    return this.enqueue(`render:${key}:${this.nextRender++}`, { kind: 'render', text, uri }) as Promise<RenderedText>;
  }

  private enqueue(key: string, task: Task): Promise<CheckResult | RenderedText> {
    return new Promise<CheckResult | RenderedText>((resolve, reject) => {
      this.waiting.get(key)?.reject(new Superseded());
      this.waiting.set(key, { key, task, resolve, reject });
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
          job.resolve(perform(job.task));
        } catch (e) {
          job.reject(e as Error);
        }
        this.pump();
      });
      return;
    }
    const id = this.nextId++;
    this.running = { id, job };
    worker.ref(); // keep the process alive while a job runs; idle, the worker holds nothing up
    const request: WorkerRequest = { ...job.task, id };
    worker.postMessage(request);
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.workerFailed || !this.workerPath) return this.worker;
    try {
      const worker = new Worker(this.workerPath, { resourceLimits: ANALYSIS_WORKER_LIMITS });
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
    if (!this.running) this.worker?.unref();
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
