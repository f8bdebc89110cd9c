import { check } from '../check';
import { renderFiling } from '../core/render/renderFiling';
import { withoutCells } from './largeResults';
import type { RenderedText, Task } from './workerProtocol';
import type { CheckResult } from '../rules/types';

/** Does one task; the worker thread calls it, and so does the extension host when no worker can start. */
export function perform(task: Task): CheckResult | RenderedText {
  switch (task.kind) {
    case 'check': {
      const result = check(task.text, task.options);
      return task.lite ? withoutCells(result) : result;
    }
    case 'render': {
      const rendering = renderFiling(task.text, task.uri);
      return { text: rendering.text, segments: rendering.map.segments() };
    }
  }
}
