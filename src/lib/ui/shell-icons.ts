// The icons the shell draws on every screen (navigation and Help now), apart from icons.ts so that the first
// render of any screen carries only these.

export const iconToday =
	'M12 3v2M12 19v2M4.2 4.2l1.4 1.4M18.4 18.4l1.4 1.4M3 12h2M19 12h2M4.2 19.8l1.4-1.4M18.4 5.6l1.4-1.4M12 8a4 4 0 1 0 0 8a4 4 0 0 0 0-8z';
export const iconSkills = 'M5 19c0-8 6-13 15-14c-1 9-6 15-14 15M5 19l7-7';
export const iconHomework = 'M9 4h6v3H9zM7 5.5H5.5V20h13V5.5H17M8.5 11h7M8.5 14.5h7M8.5 18h4';
export const iconProgress = 'M4 20h16M6 16l4-5l3 3l5-7';
export const iconMore = 'M5 12h.01M12 12h.01M19 12h.01';
export const iconHeart = 'M12 20c-6-4-9-7.5-9-11a4.5 4.5 0 0 1 9-1a4.5 4.5 0 0 1 9 1c0 3.5-3 7-9 11z';
