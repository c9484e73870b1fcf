import type { CrisisLine } from '$lib/domain/crisis-lines';
import { mHelp } from '$lib/i18n/help-now';

/** A crisis line's own name, or what an emergency number reaches, in the client's language. */
export const lineName = (line: CrisisLine): string => line.name ?? mHelp.services[line.service ?? 'general'];
