/** Why the database could not open, in the terms the app explains to a person. */
export type OpenProblem = 'unavailable' | 'quota' | 'newer-version' | 'blocked' | 'unknown';

const nameOf = (error: unknown): string => {
	if (!error || typeof error !== 'object') return '';
	const { name, inner } = error as { name?: unknown; inner?: unknown };
	// Dexie wraps the browser's error: OpenFailedError with the DOMException as `inner`.
	if (name === 'OpenFailedError' && inner) return nameOf(inner) || 'OpenFailedError';
	return typeof name === 'string' ? name : '';
};

export function classifyOpenError(error: unknown): OpenProblem {
	switch (nameOf(error)) {
		case 'MissingAPIError':
		case 'InvalidStateError':
		case 'SecurityError':
		case 'UnknownError':
			// No IndexedDB (some private modes, storage turned off, or a browser bug after a crash).
			return 'unavailable';
		case 'QuotaExceededError':
		case 'QuotaExceeded':
			return 'quota';
		case 'VersionError':
			// A newer version of the app has already upgraded the database: this copy must reload.
			return 'newer-version';
		case 'BlockedError':
		case 'DatabaseClosedError':
			return 'blocked';
		default:
			return 'unknown';
	}
}
