// Line icons on a 24-unit grid, drawn for Between (stroke paths, round caps): <Icon path={iconCheck} />.
// Named exports, so the build drops any icon nothing draws. The shell's own icons are in shell-icons.ts, so that
// the first render of a screen does not carry these.

export const iconPhone =
	'M6.5 3.5l3 .5l1.5 4l-2 1.5a11 11 0 0 0 5.5 5.5l1.5-2l4 1.5l.5 3a2 2 0 0 1-2 2A16 16 0 0 1 4.5 5.5a2 2 0 0 1 2-2z';
export const iconMessage = 'M4 5h16v11H9l-5 4zM8 9.5h8M8 12.5h5';
export const iconPlus = 'M12 5v14M5 12h14';
export const iconTrash = 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3';
export const iconCheck = 'M5 12.5l4.5 4.5L19 7';
export const iconChevron = 'M9 5l7 7l-7 7';
export const iconClose = 'M6 6l12 12M18 6L6 18';
export const iconShield = 'M12 3l7 3v6c0 4.5-3 7.5-7 9c-4-1.5-7-4.5-7-9V6z';
export const iconRefresh = 'M20 11a8 8 0 0 0-14.5-4.5L4 8M4 4v4h4M4 13a8 8 0 0 0 14.5 4.5L20 16M20 20v-4h-4';
export const iconArrowUp = 'M12 19V5M6 11l6-6l6 6';
export const iconArrowDown = 'M12 5v14M6 13l6 6l6-6';
export const iconArchive = 'M4 5h16v4H4zM5.5 9v10h13V9M10 13h4';
export const iconStar = 'M12 3.5l2.6 5.3l5.9.9l-4.3 4.1l1 5.8L12 16.9l-5.2 2.7l1-5.8l-4.3-4.1l5.9-.9z';
export const iconMoon = 'M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z';
export const iconBack = 'M15 5l-7 7l7 7';
export const iconPencil = 'M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4';
