/** Registers every ladder element ("register all"). The drop-in bundle is built from this file. */
import './elements/provider/provider.js';
import './elements/level-card/level-card.js';
