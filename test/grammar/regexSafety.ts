// A small static check for the one regex shape that backtracks exponentially: a group that holds an
// unbounded quantifier (*, +, {n,}) and is itself repeated without bound, like (a+)+ or (\d*,?)*.

/** Unbounded-nested-quantifier findings in an Oniguruma pattern, as short descriptions (empty when none). */
export function nestedQuantifiers(pattern: string): string[] {
  const found: string[] = [];
  const stack: { start: number; unbounded: boolean }[] = [{ start: 0, unbounded: false }];
  let i = 0;
  const quantifierAt = (j: number): { unbounded: boolean; length: number } | undefined => {
    const c = pattern[j];
    if (c === '*' || c === '+') return { unbounded: true, length: 1 };
    if (c === '?') return { unbounded: false, length: 1 };
    if (c === '{') {
      const m = /^\{(\d*)(,?)(\d*)\}/.exec(pattern.slice(j));
      if (m) return { unbounded: m[2] === ',' && m[3] === '', length: m[0].length };
    }
    return undefined;
  };
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '\\') {
      i += 2;
    } else if (c === '[') {
      i += 1;
      if (pattern[i] === '^') i += 1;
      if (pattern[i] === ']') i += 1;
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      i += 1;
    } else if (c === '(') {
      stack.push({ start: i, unbounded: false });
      i += 1;
      continue;
    } else if (c === ')') {
      const group = stack.length > 1 ? stack.pop()! : stack[0];
      i += 1;
      const q = quantifierAt(i);
      if (q?.unbounded && group.unbounded) found.push(`${pattern.slice(group.start, i)} repeated at ${i}`);
      if (group.unbounded || q?.unbounded) stack[stack.length - 1].unbounded = true;
      if (q) i += q.length;
      continue;
    } else {
      i += 1;
    }
    const q = quantifierAt(i);
    if (q) {
      if (q.unbounded) stack[stack.length - 1].unbounded = true;
      i += q.length;
    }
    // a possessive or lazy suffix (*+, *?) is part of the quantifier just read
    if (pattern[i] === '+' || pattern[i] === '?') {
      if (q) i += 1;
    }
  }
  return found;
}

/** Every regex (match, begin, end, while) in a TextMate grammar, with a path naming where it is. */
export function grammarRegexes(grammar: unknown): { where: string; pattern: string }[] {
  const out: { where: string; pattern: string }[] = [];
  const walk = (node: unknown, where: string): void => {
    if (Array.isArray(node)) {
      node.forEach((n, k) => walk(n, `${where}[${k}]`));
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string' && ['match', 'begin', 'end', 'while'].includes(key)) {
          out.push({ where: `${where}.${key}`, pattern: value });
        } else walk(value, `${where}.${key}`);
      }
    }
  };
  walk(grammar, '');
  return out;
}
