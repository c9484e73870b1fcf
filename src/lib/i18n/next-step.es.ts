import type { NextStepWords } from './next-step.en';

/** The card after a hard moment: a check-in at mood 0-2, or a PHQ-9 or GAD-7 in its severe band. */
export const nextStepEs: NextStepWords = {
	title: 'Parece un momento difícil',
	checkInBody:
		'Darte cuenta de cómo te sientes es una forma de cuidarte. No tienes que resolver nada ahora mismo. Un paso pequeño puede ayudar.',
	measureBody:
		'Tus respuestas dicen que las últimas dos semanas han sido muy difíciles. Vale la pena tomarlo en serio, y no tienes que cargar con esto a solas.',
	stepsLabel: 'Algunos pasos pequeños',
	helpedBefore: (skill: string) => `${skill} te ha ayudado antes, según tus propias puntuaciones.`,
	tryBreathing: 'Unos minutos de respiración lenta pueden aliviar un poco.',
	trySkill: (skill: string) => `Abrir ${skill}`,
	therapist: 'Cuéntale a tu terapeuta cómo ha sido esto, en tu próxima sesión o antes.',
	helpNow: 'Si sientes que es demasiado, en Ayuda ahora tienes líneas de crisis y a tu gente, a un toque.',
	openHelpNow: 'Abrir Ayuda ahora'
};
