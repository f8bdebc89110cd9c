import type { ReaderResult, Section, Table } from '../model';

// Placeholder until the table builder lands (see the engine issue).
export function buildTables(_text: string, _raw: ReaderResult, _sections: Section[]): Table[] {
  return [];
}
