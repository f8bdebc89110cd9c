/** Footnotes: markers <-> definitions, scoped to the table or section they belong to. */
export { resolveFootnotes } from './resolveFootnotes';
