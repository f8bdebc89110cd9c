import type { ReaderResult, Section } from './model';

// Placeholder until sections land (see the engine issue).
export function buildSections(_text: string, _raw: ReaderResult): Section[] {
  return [];
}
