import { check } from '../check';
import { renderFiling } from '../core/render/renderFiling';
import { withoutCells } from './largeResults';
import type { Task, TaskOutput } from './workerProtocol';

/** Does one task; the worker thread calls it, and so does the extension host when no worker can start. */
export function perform(task: Task): TaskOutput {
  switch (task.kind) {
    case 'check': {
      const result = check(task.text, task.options);
      return task.lite ? withoutCells(result) : result;
    }
    case 'findings': {
      const { findings, tableChecks, analysis } = check(task.text, task.options);
      return { findings, tableChecks, tables: analysis.tables.length };
    }
    case 'render': {
      const rendering = renderFiling(task.text, task.uri);
      return { text: rendering.text, segments: rendering.map.segments() };
    }
  }
}
