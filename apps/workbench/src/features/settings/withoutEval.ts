import { config } from 'zod';

/**
 * zod compiles object parsers with `new Function` when it may, and probes for that with `Function('')`.
 * The app's Content-Security-Policy forbids eval, so the probe alone is reported as a violation. Imported
 * first by the entry and by every worker, this tells zod to parse without compiling (jitless), before
 * anything parses.
 */
config({ jitless: true });
