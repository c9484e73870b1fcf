// chart.js, loaded only by the screens that draw (the check-in screen's first load must not grow), with only the
// parts Progress uses registered (lines, stacked bars, their legend and tooltip), so the rest of the library is
// left out of the bundle.
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Filler,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
} from 'chart.js';

Chart.register(
	LineController,
	LineElement,
	PointElement,
	BarController,
	BarElement,
	LinearScale,
	CategoryScale,
	Filler,
	Legend,
	Tooltip
);

// The legend is drawn where a chart asks for one (the stacked bars); the lines are named in their captions.
Chart.defaults.plugins.legend.display = false;

export { Chart };
