import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

/**
 * The Markdown prose parsers. GFM's email autolink literal (`a@b.com`) costs half of remark-gfm's time
 * on edgartools prose: its construct is tried at every letter and digit. It can only make a link where
 * the text holds an `@`, so prose without one is parsed by remark-gfm less that construct (its `www.`
 * and `https://` autolinks, tried at `w` and `h` only, stay): the same tree in about half the time.
 */
export interface ProseParsers {
  parse(markdown: string): Root;
}

export function proseParsers(): ProseParsers {
  const full = unified().use(remarkParse).use(remarkGfm);
  const noEmail = unified().use(remarkParse).use(remarkGfm).use(withoutEmailAutolinks);
  return { parse: (markdown) => (markdown.includes('@') ? full : noEmail).parse(markdown) };
}

type Hooks = Record<string, unknown>;

/** A unified plugin used after remark-gfm: takes GFM's email autolink construct back out. */
function withoutEmailAutolinks(this: Processor): void {
  const data = this.data();
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map((ext) =>
    dropEmailConstruct(ext as unknown as Hooks),
  ) as typeof data.micromarkExtensions;
}

/** A copy of a micromark extension whose `text` construct lists leave out `emailAutolink`. */
function dropEmailConstruct(ext: Hooks): Hooks {
  const out: Hooks = {};
  for (const [hook, record] of Object.entries(ext)) {
    if (hook !== 'text' || !record || typeof record !== 'object') {
      out[hook] = record;
      continue;
    }
    const kept: Record<string, unknown> = {};
    for (const [code, list] of Object.entries(record as Record<string, unknown>)) {
      const items = Array.isArray(list) ? list : [list];
      const rest = items.filter((c) => (c as { name?: string } | null)?.name !== 'emailAutolink');
      if (rest.length > 0) kept[code] = rest;
    }
    out[hook] = kept;
  }
  return out;
}
