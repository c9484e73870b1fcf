import { describe, expect, test } from 'vitest';
import { itemCount } from '$lib/domain/measures';
import { measuresEn } from '$lib/i18n/measures.en';

// The wording shown to the client, checked word for word against shared/CLINICAL.md, so no edit "improves" it.
describe('the published wording', () => {
	test('PHQ-9: stem, nine items in order, answers and the functional question', () => {
		const phq9 = measuresEn.instruments.phq9;
		expect(phq9.stem).toBe(
			'Over the last 2 weeks, how often have you been bothered by any of the following problems?'
		);
		expect(phq9.items).toHaveLength(itemCount('phq9'));
		expect(phq9.items).toEqual([
			'Little interest or pleasure in doing things',
			'Feeling down, depressed, or hopeless',
			'Trouble falling or staying asleep, or sleeping too much',
			'Feeling tired or having little energy',
			'Poor appetite or overeating',
			'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
			'Trouble concentrating on things, such as reading the newspaper or watching television',
			'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
			'Thoughts that you would be better off dead or of hurting yourself in some way'
		]);
		expect(phq9.difficulty).toBe(
			'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?'
		);
		expect(measuresEn.answers).toEqual([
			'Not at all',
			'Several days',
			'More than half the days',
			'Nearly every day'
		]);
		expect(measuresEn.difficulty.answers).toEqual([
			'Not difficult at all',
			'Somewhat difficult',
			'Very difficult',
			'Extremely difficult'
		]);
	});

	test('GAD-7: stem and seven items in order', () => {
		const gad7 = measuresEn.instruments.gad7;
		expect(gad7.stem).toBe(
			'Over the last 2 weeks, how often have you been bothered by the following problems?'
		);
		expect(gad7.items).toHaveLength(itemCount('gad7'));
		expect(gad7.items).toEqual([
			'Feeling nervous, anxious or on edge',
			'Not being able to stop or control worrying',
			'Worrying too much about different things',
			'Trouble relaxing',
			'Being so restless that it is hard to sit still',
			'Becoming easily annoyed or irritable',
			'Feeling afraid as if something awful might happen'
		]);
	});

	test('the safety panel says plainly that nobody monitors the answers and prompts telling the therapist', () => {
		expect(measuresEn.safety.notMonitored).toMatch(/^Nobody watches these answers in real time/);
		expect(measuresEn.safety.tellTherapist).toMatch(/tell your therapist/);
	});
});
