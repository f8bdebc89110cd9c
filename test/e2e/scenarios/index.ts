// The user-visible checks, in the order a reader meets the features.
import type { Scenario } from '../scenario';
import { seedOpensAsSecFiling } from './seedLanguage';
import { problemsListPercentOfClass } from './problems';
import { hoverShowsFootnote } from './footnoteHover';
import { definitionJumpsToFootnote } from './definition';
import { outlineListsItems } from './outline';
import { summaryPanelRevealsFinding } from './summaryPanel';
import { openAsSecTextShowsFindings } from './openAsSecText';
import { changeHeaderShowsMeaning } from './changeHeaderHover';

export const SCENARIOS: Scenario[] = [
  seedOpensAsSecFiling,
  problemsListPercentOfClass,
  hoverShowsFootnote,
  definitionJumpsToFootnote,
  outlineListsItems,
  summaryPanelRevealsFinding,
  openAsSecTextShowsFindings,
  changeHeaderShowsMeaning,
];
