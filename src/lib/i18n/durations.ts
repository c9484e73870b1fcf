// Durations written with the SI symbols (h, min, s), which English and Spanish share: one writer for both
// catalogues of the skills (skills.en.ts, skills.es.ts).

/** "7 h 05 min", "45 min": durations in minutes, as the sleep diary shows them. */
export const hoursMinutes = (minutes: number) => {
	const whole = Math.round(minutes);
	const h = Math.floor(whole / 60);
	const m = whole % 60;
	return h === 0 ? `${m} min` : `${h} h ${String(m).padStart(2, '0')} min`;
};

/** "1 min 30 s", "40 s": how long a practice took. */
export const practiceLength = (seconds: number) => {
	const m = Math.floor(seconds / 60);
	const s = Math.round(seconds % 60);
	if (m === 0) return `${s} s`;
	return s === 0 ? `${m} min` : `${m} min ${s} s`;
};
