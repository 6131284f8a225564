/** Longest value of any attribute, in characters; longer input is refused, never cut. */
export const MAX_ATTRIBUTE_VALUE_CHARS = 300;
