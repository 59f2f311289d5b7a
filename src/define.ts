/** Registers every ladder element ("register all"). The drop-in bundle is built from this file. */
import './elements/provider/provider.js';
import './elements/level-card/level-card.js';
import './elements/compare/compare.js';
import './elements/checklist/checklist.js';
import './elements/review/review.js';
