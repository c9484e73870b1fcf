/** Line icons on a 24-unit grid, drawn for Between (stroke paths, round caps). */
export const icons = {
	today:
		'M12 3v2M12 19v2M4.2 4.2l1.4 1.4M18.4 18.4l1.4 1.4M3 12h2M19 12h2M4.2 19.8l1.4-1.4M18.4 5.6l1.4-1.4M12 8a4 4 0 1 0 0 8a4 4 0 0 0 0-8z',
	skills: 'M5 19c0-8 6-13 15-14c-1 9-6 15-14 15M5 19l7-7',
	homework: 'M9 4h6v3H9zM7 5.5H5.5V20h13V5.5H17M8.5 11h7M8.5 14.5h7M8.5 18h4',
	progress: 'M4 20h16M6 16l4-5l3 3l5-7',
	more: 'M5 12h.01M12 12h.01M19 12h.01',
	heart: 'M12 20c-6-4-9-7.5-9-11a4.5 4.5 0 0 1 9-1a4.5 4.5 0 0 1 9 1c0 3.5-3 7-9 11z',
	phone:
		'M6.5 3.5l3 .5l1.5 4l-2 1.5a11 11 0 0 0 5.5 5.5l1.5-2l4 1.5l.5 3a2 2 0 0 1-2 2A16 16 0 0 1 4.5 5.5a2 2 0 0 1 2-2z',
	message: 'M4 5h16v11H9l-5 4zM8 9.5h8M8 12.5h5',
	plus: 'M12 5v14M5 12h14',
	trash: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3',
	check: 'M5 12.5l4.5 4.5L19 7',
	chevron: 'M9 5l7 7l-7 7',
	close: 'M6 6l12 12M18 6L6 18',
	shield: 'M12 3l7 3v6c0 4.5-3 7.5-7 9c-4-1.5-7-4.5-7-9V6z',
	refresh: 'M20 11a8 8 0 0 0-14.5-4.5L4 8M4 4v4h4M4 13a8 8 0 0 0 14.5 4.5L20 16M20 20v-4h-4',
	arrowUp: 'M12 19V5M6 11l6-6l6 6',
	arrowDown: 'M12 5v14M6 13l6 6l6-6',
	archive: 'M4 5h16v4H4zM5.5 9v10h13V9M10 13h4',
	star: 'M12 3.5l2.6 5.3l5.9.9l-4.3 4.1l1 5.8L12 16.9l-5.2 2.7l1-5.8l-4.3-4.1l5.9-.9z',
	moon: 'M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z',
	back: 'M15 5l-7 7l7 7',
	pencil: 'M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4'
} as const;

export type IconName = keyof typeof icons;
