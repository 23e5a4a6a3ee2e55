/**
 * What a card needs to show a rank: the honor reader for the `rank` attribute and the
 * <hz-rank-badge> that draws it. Loaded when a card first has a rank, so a card without one
 * (most of them) does not carry the honor grammar and the badge.
 */
import '../rank-badge/hz-rank-badge.js';

export { rankFromText } from '@hz-viz/schema';
