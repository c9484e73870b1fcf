// chart.js, loaded only by the screens that draw (the check-in screen's first load must not grow), with only the
// parts the line charts use registered, so the rest of the library is left out of the bundle.
import {
	CategoryScale,
	Chart,
	Filler,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Filler, Tooltip);

export { Chart };
