/** Sections: documents > Parts > Items > headings, the outline of a filing. */
export { buildSections, flattenSections, sectionAt } from './buildSections';
