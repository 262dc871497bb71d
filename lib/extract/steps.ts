/** How often the extraction's steps yield (lib/steps.ts: the steps themselves). */
export { drain, type Steps } from '../steps';

/** Blocks handled between two yields inside a long loop. */
export const STEP_BLOCKS = 48;

/**
 * Nodes the page's walk reads between two yields. (Cold, in the content script on the seed ×10,
 * the first 1,024 nodes were one step of 15 ms (median of 10 loads, 42 at most); the first 256
 * are 3.6 ms: before the walk's code is optimized, each node costs several times what it will.)
 */
export const STEP_NODES = 256;
