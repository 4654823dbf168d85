/** A small bar chart for one postcode area: its facilities by housing form, each bar with its name and count above it and the city total beside it. */
// Loaded with React.lazy by the detail panel, so recharts is fetched only once a resident selects an area.
import { Bar, BarChart, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { beschrijfSeries, type WoonvormPunt } from './to-woonvorm-series';

interface Props {
  punten: readonly WoonvormPunt[];
  /** Names the area in the accessible name, e.g. "postcodegebied 3084". */
  gebied: string;
}

/** Room per housing form: a line of text, then the bar. Names sit above the bars, so a narrow panel never cuts them. */
const RIJ_HOOGTE = 42;
const BALK = 14;
const TEKST = '#1b2126';
const TEKST_ZACHT = '#4a5660';

export function WoonvormChart({ punten, gebied }: Props) {
  // The scale runs to the largest count (at least 4, so one facility never fills the width), plus room on the right
  // for the city total beside the longest bar.
  const max = Math.max(4, ...punten.map((p) => p.aantal)) * 1.8;
  return (
    <figure className="grafiek">
      {/* The picture for the eye; the sentence for a screen reader, and the list below holds every facility. */}
      <div role="img" aria-label={`Voorzieningen in ${gebied} per woonvorm. ${beschrijfSeries(punten)}.`}>
        <BarChart
          responsive
          data={[...punten]}
          layout="vertical"
          style={{ width: '100%', height: punten.length * RIJ_HOOGTE + 4 }}
          margin={{ top: 0, right: 8, bottom: 0, left: 0 }}
          barCategoryGap={0}
          accessibilityLayer={false}
        >
          <XAxis type="number" hide domain={[0, max]} allowDecimals={false} />
          <YAxis type="category" dataKey="label" hide />
          <Bar dataKey="aantal" isAnimationActive={false} barSize={BALK}>
            {punten.map((p) => (
              <Cell key={p.woonvorm} fill={p.kleur} stroke={TEKST} strokeWidth={0.5} />
            ))}
            <LabelList
              dataKey="aantal"
              content={({ x, y, width, index }) => {
                const p = typeof index === 'number' ? punten[index] : undefined;
                if (!p) return null;
                const links = Number(x ?? 0);
                const boven = Number(y ?? 0);
                return (
                  <g>
                    <text x={links} y={boven - 6} fontSize={13} fill={TEKST}>
                      <tspan fontWeight={700}>{p.aantal}</tspan>
                      <tspan> × {p.label}</tspan>
                    </text>
                    <text
                      x={links + Number(width ?? 0) + 6}
                      y={boven + BALK / 2}
                      dominantBaseline="central"
                      fontSize={12}
                      fill={TEKST_ZACHT}
                    >
                      van {p.stad} in de stad
                    </text>
                  </g>
                );
              }}
            />
          </Bar>
        </BarChart>
      </div>
      <figcaption className="grafiek__bijschrift">
        Voorzieningen in dit gebied per woonvorm; &lsquo;van … in de stad&rsquo;: alle voorzieningen van die
        woonvorm op de openbare kaart.
      </figcaption>
    </figure>
  );
}
