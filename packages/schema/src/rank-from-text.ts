import { parseRank } from './parse/ranks.js';
import type { RankMatch } from './parse/ranks.js';
import { describeValue, problem } from './problems.js';
import type { Result } from './result.js';
import { failure, success } from './result.js';

/**
 * Reads an honor from free text (居全省第1, 全国首个, 九连冠), with the problem said in words when
 * it is not one. Apart from figureFromFields, so a figure's attributes do not bring the honor grammar.
 */
export function rankFromText(text: string): Result<RankMatch> {
  const rank = parseRank(text);
  return rank ? success(rank) : failure([problem('text', `expected an honor such as 居全省第1, 全国首个 or 九连冠, received ${describeValue(text)}`)]);
}
