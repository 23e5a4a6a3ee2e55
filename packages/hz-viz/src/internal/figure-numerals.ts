/** The figure reader with Chinese numerals, as a lazy part of its own (figure-input.ts's numeralReader). */
export { readFigureText } from '@hz-viz/schema';
