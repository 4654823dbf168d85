/**
 * The Monitor's two chart forms on recharts, lines and bars, told apart without colour: every bar series has its own
 * fill pattern, every line its own marker and dash, and the legend below draws the same pattern beside the name.
 */
// Loaded only with the Monitor view (lazy), so recharts is never part of a first visit to the map.
import { useId } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Marker, Patroon, Reeks, Serie } from './to-monitor-series';

const GETAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const TEKST = '#1b2126';
const RASTER = '#d3d9d5';

export function nlGetal(waarde: unknown): string {
  return typeof waarde === 'number' ? GETAL.format(waarde) : '';
}

export interface Referentie {
  readonly waarde: number;
  readonly label: string;
}

interface GrafiekProps {
  serie: Serie;
  /** The sentence a screen reader hears for the picture; the table below holds every figure. */
  beschrijving: string;
  referentie?: Referentie;
  hoogte?: number;
  /** Unit after a value in the tooltip, e.g. "maanden" or "%". */
  eenheid?: string;
  yMax?: number;
}

function patroonId(basis: string, r: Reeks): string {
  return `${basis}-${r.sleutel}`;
}

/** An SVG pattern per bar series: solid, hatched, dotted, diamonds or open (outline only). */
function PatroonDef({ id, kleur, patroon }: { id: string; kleur: string; patroon: Patroon }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="8" height="8">
      {patroon === 'vol' ? (
        <rect width="8" height="8" fill={kleur} />
      ) : (
        <rect width="8" height="8" fill="#fff" />
      )}
      {patroon === 'arcering' ? (
        <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={kleur} strokeWidth="2.5" />
      ) : null}
      {patroon === 'stippen' ? <circle cx="4" cy="4" r="2.2" fill={kleur} /> : null}
      {patroon === 'ruit' ? <path d="M4,0 L8,4 L4,8 L0,4 Z" fill={kleur} /> : null}
    </pattern>
  );
}

function MarkerVorm({
  marker,
  x,
  y,
  kleur,
  r = 4,
}: {
  marker: Marker;
  x: number;
  y: number;
  kleur: string;
  r?: number;
}) {
  switch (marker) {
    case 'cirkel':
      return <circle cx={x} cy={y} r={r} fill={kleur} stroke="#fff" strokeWidth={1} />;
    case 'vierkant':
      return (
        <rect x={x - r} y={y - r} width={2 * r} height={2 * r} fill={kleur} stroke="#fff" strokeWidth={1} />
      );
    case 'driehoek':
      return (
        <path
          d={`M${x},${y - r - 1} L${x + r + 1},${y + r} L${x - r - 1},${y + r} Z`}
          fill={kleur}
          stroke="#fff"
        />
      );
    case 'ruit':
      return (
        <path
          d={`M${x},${y - r - 1} L${x + r + 1},${y} L${x},${y + r + 1} L${x - r - 1},${y} Z`}
          fill={kleur}
          stroke="#fff"
        />
      );
    case 'kruis':
      return (
        <path
          d={`M${x - r},${y - r} L${x + r},${y + r} M${x + r},${y - r} L${x - r},${y + r}`}
          stroke={kleur}
          strokeWidth={2}
        />
      );
  }
}

/** The legend in HTML: a swatch with the series' pattern, marker and dash, and its name in words. */
export function MonitorLegenda({ reeksen, soort }: { reeksen: readonly Reeks[]; soort: 'lijn' | 'staaf' }) {
  const basis = useId().replace(/:/g, '');
  return (
    <ul className="monitor-legenda">
      {reeksen.map((r) => (
        <li key={r.sleutel}>
          <svg width="34" height="16" aria-hidden="true" focusable="false">
            {soort === 'staaf' ? (
              <>
                <defs>
                  <PatroonDef id={patroonId(basis, r)} kleur={r.kleur} patroon={r.patroon} />
                </defs>
                <rect
                  x="1"
                  y="1"
                  width="32"
                  height="14"
                  fill={`url(#${patroonId(basis, r)})`}
                  stroke={r.kleur}
                  strokeWidth="1.5"
                />
              </>
            ) : (
              <>
                <line
                  x1="1"
                  y1="8"
                  x2="33"
                  y2="8"
                  stroke={r.kleur}
                  strokeWidth="2.5"
                  strokeDasharray={r.streep}
                />
                <MarkerVorm marker={r.marker} x={17} y={8} kleur={r.kleur} />
              </>
            )}
          </svg>
          {r.naam}
        </li>
      ))}
    </ul>
  );
}

/** The label's lines: the word over the value ("doel" / "1.250"), so it fits a narrow margin. */
function labelRegels(label: string): string[] {
  const spatie = label.indexOf(' ');
  return spatie < 0 ? [label] : [label.slice(0, spatie), label.slice(spatie + 1)];
}

/** Width of the right margin that holds a reference line's label: about 7 px a character at 12 px, plus a gap. */
function labelRuimte(referentie: Referentie | undefined): number {
  if (!referentie) return 0;
  return 10 + 7 * Math.max(...labelRegels(referentie.label).map((r) => r.length));
}

/**
 * The reference line's label, in the chart's right margin at the line's height: outside the plot, it can never cover
 * a bar, a point or a bar's value, whatever the data and the width of the screen.
 */
function ReferentieLabel({
  viewBox,
  label,
}: {
  viewBox?: { x?: number; y?: number; width?: number };
  label: string;
}) {
  const x = (viewBox?.x ?? 0) + (viewBox?.width ?? 0) + 6;
  const y = viewBox?.y ?? 0;
  const regels = labelRegels(label);
  // Centred on the line: the first line above it, the second below.
  const begin = y - ((regels.length - 1) * 14) / 2;
  return (
    <text x={x} y={begin} fill={TEKST} fontSize={12} dominantBaseline="central">
      {regels.map((r, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : 14}>
          {r}
        </tspan>
      ))}
    </text>
  );
}

function ReferentieLijn({ referentie }: { referentie: Referentie | undefined }) {
  if (!referentie) return null;
  return (
    <ReferenceLine
      y={referentie.waarde}
      stroke={TEKST}
      strokeDasharray="4 4"
      strokeWidth={1.5}
      label={<ReferentieLabel label={referentie.label} />}
      ifOverflow="extendDomain"
    />
  );
}

/** A value written over a bar keeps a white halo: where the reference line crosses it, the digits stay readable. */
const WAARDE_STIJL = {
  fontSize: 12,
  fill: TEKST,
  stroke: '#fff',
  strokeWidth: 3,
  paintOrder: 'stroke',
  strokeLinejoin: 'round',
} as const;

export function LijnGrafiek({ serie, beschrijving, referentie, hoogte = 260, eenheid, yMax }: GrafiekProps) {
  return (
    <div role="img" aria-label={beschrijving} className="monitor-grafiek">
      <LineChart
        responsive
        data={serie.punten}
        style={{ width: '100%', height: hoogte }}
        margin={{ top: 16, right: Math.max(16, labelRuimte(referentie)), bottom: 4, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={RASTER} vertical={false} />
        <XAxis dataKey={serie.x} tick={{ fontSize: 12, fill: TEKST }} minTickGap={16} />
        <YAxis
          tick={{ fontSize: 12, fill: TEKST }}
          tickFormatter={nlGetal}
          width={48}
          domain={yMax === undefined ? [0, 'auto'] : [0, yMax]}
          // A fixed top gets round steps (0, 5 … 30), not recharts' 0, 8, 16, 24, 30.
          {...(yMax === undefined ? {} : { ticks: Array.from({ length: 7 }, (_, i) => (i * yMax) / 6) })}
        />
        <Tooltip formatter={(w, naam) => [`${nlGetal(w)}${eenheid ? ` ${eenheid}` : ''}`, naam]} />
        <ReferentieLijn referentie={referentie} />
        {serie.reeksen.map((r) => (
          <Line
            key={r.sleutel}
            dataKey={r.sleutel}
            name={r.naam}
            stroke={r.kleur}
            strokeWidth={2.5}
            strokeDasharray={r.streep}
            isAnimationActive={false}
            connectNulls={false}
            dot={(p: { cx?: number; cy?: number; index?: number; value?: unknown }) => {
              // A marker on every point when there are few, else every sixth: the shape stays visible on long series.
              const stap = serie.punten.length > 24 ? 6 : 1;
              if (p.cx === undefined || p.cy === undefined || p.value === null || (p.index ?? 0) % stap !== 0)
                return <g key={`${r.sleutel}-${p.index}`} />;
              return (
                <g key={`${r.sleutel}-${p.index}`}>
                  <MarkerVorm marker={r.marker} x={p.cx} y={p.cy} kleur={r.kleur} />
                </g>
              );
            }}
          />
        ))}
      </LineChart>
    </div>
  );
}

export function StaafGrafiek({
  serie,
  beschrijving,
  referentie,
  hoogte = 260,
  eenheid,
  gestapeld = false,
  liggend = false,
  waarden = false,
}: GrafiekProps & {
  gestapeld?: boolean;
  /** Horizontal bars (names on the left): for categories with long names. */
  liggend?: boolean;
  /** The value written at the end of each bar. */
  waarden?: boolean;
}) {
  const basis = useId().replace(/:/g, '');
  return (
    <div role="img" aria-label={beschrijving} className="monitor-grafiek">
      <BarChart
        responsive
        data={serie.punten}
        layout={liggend ? 'vertical' : 'horizontal'}
        style={{ width: '100%', height: hoogte }}
        margin={{
          top: 16,
          right: Math.max(waarden && liggend ? 40 : 16, labelRuimte(referentie)),
          bottom: 4,
          left: 0,
        }}
        accessibilityLayer={false}
      >
        <defs>
          {serie.reeksen.map((r) => (
            <PatroonDef key={r.sleutel} id={patroonId(basis, r)} kleur={r.kleur} patroon={r.patroon} />
          ))}
        </defs>
        <CartesianGrid stroke={RASTER} vertical={liggend} horizontal={!liggend} />
        {liggend ? (
          <>
            <XAxis type="number" tick={{ fontSize: 12, fill: TEKST }} tickFormatter={nlGetal} />
            <YAxis type="category" dataKey={serie.x} tick={{ fontSize: 12, fill: TEKST }} width={120} />
          </>
        ) : (
          <>
            <XAxis dataKey={serie.x} tick={{ fontSize: 12, fill: TEKST }} minTickGap={8} />
            <YAxis tick={{ fontSize: 12, fill: TEKST }} tickFormatter={nlGetal} width={52} />
          </>
        )}
        <Tooltip formatter={(w, naam) => [`${nlGetal(w)}${eenheid ? ` ${eenheid}` : ''}`, naam]} />
        {serie.reeksen.map((r) => (
          <Bar
            key={r.sleutel}
            dataKey={r.sleutel}
            name={r.naam}
            fill={`url(#${patroonId(basis, r)})`}
            stroke={r.kleur}
            strokeWidth={1.5}
            isAnimationActive={false}
            {...(gestapeld ? { stackId: 'stapel' } : {})}
          >
            {waarden ? (
              <LabelList
                dataKey={r.sleutel}
                position={liggend ? 'right' : 'top'}
                formatter={nlGetal}
                style={WAARDE_STIJL}
              />
            ) : null}
          </Bar>
        ))}
        <ReferentieLijn referentie={referentie} />
      </BarChart>
    </div>
  );
}
