// Every measurement the benchmark runs, in order. A capability with a budget in DESIGN.md adds a module here:
// `{ name, title, run(ctx) }` returning its figures (see run.js for the context and the figure's fields).
import firstLoad from './first-load.js';
import helpNow from './help-now.js';
import lighthouse from './lighthouse.js';
import progress from './progress.js';
import saveCheckIn from './save-check-in.js';
import screensWithData from './screens-with-data.js';

/** @type {import('../run.js').Measure[]} */
export const measures = [firstLoad, helpNow, screensWithData, progress, saveCheckIn, lighthouse];
