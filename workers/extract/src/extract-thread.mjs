// Entry of an extraction pool thread. Plain JavaScript, so Node loads it as it is whoever started the
// process (tsx, vitest, plain node); it then registers tsx's loader for this thread alone (the pool
// starts threads with no inherited loader flags) and loads the TypeScript task.
import { register } from 'tsx/esm/api';

register();
const { extractTask } = await import('./extract-thread-task.ts');

export default extractTask;
