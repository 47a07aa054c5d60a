/** Loads every language at once: for server code and tests, which need no lazy loading. */
import { registerMessages } from './index';
import ps from './ps';
import fa from './fa';
import ur from './ur';

registerMessages('ps', ps);
registerMessages('fa', fa);
registerMessages('ur', ur);
