// Contributions (bars, left axis) and reach (line, right axis) per month, drawn on the server as SVG: no
// script reaches the browser for it (a charting library here cost the evidence log ~100 kB of JavaScript
// and seconds of script work on a phone). Drawn for sighted readers; the table beside it carries the same
// numbers for everyone, so the drawing is hidden from assistive technology. Each bar and point has a
// <title> for a pointer hovering it.

export type ChartMonth = { shortLabel: string; contributions: number; reach: number };
/** The series' names in the page's language. */
export type ChartNames = { contributions: string; reach: string };

const WIDTH = 640;
const HEIGHT = 288;
const MARGIN = { top: 12, right: 60, bottom: 58, left: 40 };
const TICKS = 4;
const BAR = '#0f5ea8';
const LINE = '#b45309';
const INK = '#334155';
const GRID = '#e2e8f0';

/** A round top for an axis: 1, 2 or 5 times a power of ten, at least `value`. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const fraction = value / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

export default function TimelineChart({
  months,
  names = { contributions: 'Contributions', reach: 'Reach' },
  locale = 'en',
}: {
  months: ChartMonth[];
  names?: ChartNames;
  locale?: string;
}) {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  // Whole contributions on the left axis (four steps of a whole number), reach rounded on the right.
  const countTop = Math.max(TICKS, Math.ceil(Math.max(0, ...months.map((m) => m.contributions)) / TICKS) * TICKS);
  const reachTop = niceCeiling(Math.max(0, ...months.map((m) => m.reach)));
  const band = plotWidth / Math.max(1, months.length);
  const x = (i: number) => MARGIN.left + band * (i + 0.5);
  const yOf = (value: number, top: number) => MARGIN.top + plotHeight * (1 - value / top);
  const number = new Intl.NumberFormat(locale);
  const compact = new Intl.NumberFormat(locale, { notation: 'compact' });
  const steps = Array.from({ length: TICKS + 1 }, (_, i) => i / TICKS);
  const line = months.map((m, i) => `${x(i).toFixed(1)},${yOf(m.reach, reachTop).toFixed(1)}`).join(' ');
  return (
    <div className="w-full" aria-hidden="true">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full"
        role="presentation"
        data-testid="timeline-chart"
        fontSize="12"
        fill={INK}
      >
        {steps.map((s) => {
          const y = MARGIN.top + plotHeight * (1 - s);
          return (
            <g key={s}>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y} y2={y} stroke={GRID} />
              <text x={MARGIN.left - 6} y={y + 4} textAnchor="end">
                {number.format(countTop * s)}
              </text>
              <text x={WIDTH - MARGIN.right + 6} y={y + 4}>
                {compact.format(reachTop * s)}
              </text>
            </g>
          );
        })}
        {months.map((m, i) => {
          const top = yOf(m.contributions, countTop);
          return (
            <g key={`${m.shortLabel}-${i}`}>
              <rect x={x(i) - band * 0.3} y={top} width={band * 0.6} height={MARGIN.top + plotHeight - top} fill={BAR} rx="3">
                <title>{`${m.shortLabel}: ${number.format(m.contributions)} ${names.contributions.toLowerCase()}`}</title>
              </rect>
              <text transform={`translate(${x(i).toFixed(1)} ${HEIGHT - MARGIN.bottom + 14}) rotate(-35)`} textAnchor="end">
                {m.shortLabel}
              </text>
            </g>
          );
        })}
        <polyline points={line} fill="none" stroke={LINE} strokeWidth="2" />
        {months.map((m, i) => (
          <circle
            key={`${m.shortLabel}-${i}-reach`}
            cx={x(i)}
            cy={yOf(m.reach, reachTop)}
            r="3.5"
            fill="#fff"
            stroke={LINE}
            strokeWidth="2"
          >
            <title>{`${m.shortLabel}: ${number.format(m.reach)} ${names.reach.toLowerCase()}`}</title>
          </circle>
        ))}
      </svg>
      <p className="mt-1 flex flex-wrap justify-center gap-4 text-sm text-slate-700">
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block h-3 w-3 rounded-sm bg-[#0f5ea8]" />
          {names.contributions}
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block h-0.5 w-4 bg-amber-700" />
          {names.reach}
        </span>
      </p>
    </div>
  );
}
