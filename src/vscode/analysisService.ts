import * as vscode from 'vscode';
import type { CheckResult } from '../rules/types';
import { binaryReason } from '../core/textChecks';
import { AnalysisRunner } from './analysisRunner';
import type { RenderedText } from './workerProtocol';
import { readCheckOptions } from './settings';

export const LANGUAGE_ID = 'sec-filing';

interface Entry {
  version: number;
  result: Promise<CheckResult>;
  done?: CheckResult;
}

/**
 * One analysis per document version, shared by every feature (diagnostics, hovers, outline, panel).
 * The work runs in a worker thread (AnalysisRunner); results for stale versions are never returned,
 * and a version replaced before its analysis started is never analysed (its promise rejects with Superseded).
 */
export class AnalysisService implements vscode.Disposable {
  private readonly cache = new Map<string, Entry>();
  private readonly emitter = new vscode.EventEmitter<{ document: vscode.TextDocument; result: CheckResult }>();
  readonly onDidAnalyze = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private readonly runner: AnalysisRunner;

  constructor(workerPath?: string) {
    this.runner = new AnalysisRunner(workerPath);
    this.disposables.push(
      vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('filingLens')) this.cache.clear();
      }),
    );
  }

  /** The analysis of the document as it is now (computed once per version). */
  get(document: vscode.TextDocument): Promise<CheckResult> {
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === document.version) return hit.result;
    const version = document.version;
    const text = document.getText();
    const notFiling = binaryReason(text);
    const work = notFiling
      ? Promise.resolve(notAnalysed(key, text.length, `Not analysed: ${notFiling}.`))
      : this.runner.run(key, text, { uri: key, ...readCheckOptions(document.uri) });
    const entry: Entry = {
      version,
      result: work.then((result) => {
        entry.done = result;
        if (document.version === version && !document.isClosed) this.emitter.fire({ document, result });
        return result;
      }),
    };
    entry.result.catch(() => undefined); // callers see the rejection; an unobserved one must not be reported
    this.cache.set(key, entry);
    return entry.result;
  }

  /** The SEC-text rendering of an HTML filing, made in the worker (a 2 MB filing takes a few hundred ms). */
  render(key: string, text: string, path?: string): Promise<RenderedText> {
    return this.runner.render(key, text, path);
  }

  /** The finished analysis of this exact version, if there is one; never starts work. */
  peek(document: vscode.TextDocument): CheckResult | undefined {
    const hit = this.cache.get(document.uri.toString());
    return hit && hit.version === document.version ? hit.done : undefined;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
    this.runner.dispose();
    this.cache.clear();
  }
}

function notAnalysed(uri: string, length: number, warning: string): CheckResult {
  return {
    analysis: {
      uri,
      format: 'converted',
      length,
      metadata: {},
      documents: [],
      sections: [],
      tables: [],
      footnotes: [],
      references: [],
      warnings: [warning],
    },
    findings: [],
    tableChecks: [],
  };
}
