import { z } from 'zod/mini';

/**
 * zod for every schema in the domain: the tree-shakable zod/mini, so a screen carries only the validators
 * it calls, and jitless, because the strict CSP forbids eval and zod would otherwise probe for it.
 * Screens render without validating anything; repositories validate when they write.
 */
z.config({ jitless: true });

export { z };
