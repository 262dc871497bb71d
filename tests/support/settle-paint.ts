/**
 * Preact runs a component's effects after the next frame: a requestAnimationFrame raced by a
 * 35 ms timer whose callback calls cancelAnimationFrame. A file's last render can leave that timer
 * pending when its jsdom environment is torn down, and it then fires with no
 * cancelAnimationFrame left (an uncaught ReferenceError that fails the run). Before a jsdom
 * file ends, let such timers fire while the window is still there.
 */
import { afterAll } from 'vitest';

afterAll(async () => {
  if (typeof window === 'undefined') return;
  for (let round = 0; round < 3; round++) await new Promise((done) => setTimeout(done, 50));
});
