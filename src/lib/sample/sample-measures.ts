// Sample PHQ-9 and GAD-7 responses, every two weeks (see sample-data.ts).
import {
	itemCount,
	scoreMeasure,
	type Answer,
	type Instrument,
	type MeasureResponse
} from '$lib/domain/measures';
import type { Random } from '$lib/domain/random';
import { clamp, notAfterEnd, type SampleContext, type SampleDay } from './sample-life';

/** Answers (0-3) whose total follows `level` (0-1), item by item with a person's wobble. */
function answersFor(
	random: Random,
	count: number,
	level: number,
	itemLevel: (item: number) => number = () => level
) {
	return Array.from(
		{ length: count },
		(_, item) => Math.round(clamp(itemLevel(item) * 3.4 - 0.2 + random.normal(0, 0.45), 0, 3)) as Answer
	);
}

/** Mean of `pick` over the 14 days up to `index`: both measures ask about the last two weeks. */
const twoWeeks = (days: readonly SampleDay[], index: number, pick: (s: SampleDay) => number) => {
	const window = days.slice(Math.max(0, index - 13), index + 1);
	return window.reduce((sum, s) => sum + pick(s), 0) / window.length;
};

export function sampleMeasureResponses(ctx: SampleContext): MeasureResponse[] {
	const random = ctx.random('measureResponses');
	const responses: MeasureResponse[] = [];
	const instruments: Instrument[] = ['phq9', 'gad7'];
	let due = 0;
	for (let index = 0; index < ctx.days.length; index += 1) {
		const state = ctx.days[index] as SampleDay;
		// Due every 14 days; done on the first engaged day from then, often a day or two late.
		if (index < due || !state.engaged || random.chance(0.35)) continue;
		due = index + 14;
		const low = twoWeeks(ctx.days, index, (s) => s.low);
		const anxious = twoWeeks(ctx.days, index, (s) => s.anxious);
		const sleep = twoWeeks(ctx.days, index, (s) => s.sleep);
		const energy = twoWeeks(ctx.days, index, (s) => s.energy);
		const minutes = random.int(18 * 60, 22 * 60);
		for (const [n, instrument] of instruments.entries()) {
			const at = ctx.instant(state.day, minutes + n * 4);
			if (!notAfterEnd(ctx, at)) continue;
			const level = instrument === 'phq9' ? low : anxious;
			const answers = answersFor(random, itemCount(instrument), level, (item) => {
				if (instrument !== 'phq9') return level;
				if (item === 2) return 1 - sleep;
				if (item === 3) return 1 - energy;
				// Item 9 only in the deepest weeks, and then not always.
				if (item === 8) return low > 0.62 && random.chance(0.5) ? 0.35 : 0;
				return level;
			});
			const score = scoreMeasure(instrument, answers);
			const difficulty = random.chance(0.1)
				? null
				: (Math.min(3, Math.floor(score.total / 6)) as 0 | 1 | 2 | 3);
			responses.push({
				id: random.uuid(),
				instrument,
				day: state.day,
				at,
				answers,
				difficulty,
				...score,
				createdAt: at,
				updatedAt: at
			});
		}
	}
	return responses;
}
