/** The baseline's team median over the last 90 days, as a small line; its words are in the label. */
export function Sparkline({ values, label }: { values: (number | null)[]; label: string }) {
  const width = 90;
  const height = 24;
  const points = values.map((v, i) => (v === null ? null : `${(i / Math.max(values.length - 1, 1)) * width},${height - (v / 100) * height}`)).filter(Boolean);
  return (
    <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="inline-block align-middle" data-testid="sparkline">
      <line x1={0} x2={width} y1={height / 2} y2={height / 2} stroke="#d7dce3" strokeWidth={1} />
      {points.length > 0 && <polyline points={points.join(" ")} fill="none" stroke="#1d4ed8" strokeWidth={1.5} />}
    </svg>
  );
}
