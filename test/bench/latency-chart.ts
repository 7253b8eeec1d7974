/** A small horizontal bar chart (SVG) of p50 and p99 per engine, on a log scale so µs and ms both show. */
export function renderLatencyChart(rows: { name: string; p50: number; p99: number }[]): string {
  const width = 720;
  const left = 280;
  const barH = 14;
  const rowH = 44;
  const height = 40 + rows.length * rowH + 30;
  const max = Math.max(...rows.map((r) => r.p99)) * 1.2;
  const min = 1;
  const x = (us: number) =>
    left +
    ((Math.log10(Math.max(us, min)) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))) * (width - left - 20);
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const ticks = [1, 10, 100, 1000, 10000].filter((t) => t <= max);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui,sans-serif" font-size="12">
<rect width="100%" height="100%" fill="#fff"/>
<text x="${left}" y="20" font-weight="600">Latency per question (µs, log scale): p50 dark, p99 light</text>
${ticks.map((t) => `<line x1="${x(t)}" x2="${x(t)}" y1="30" y2="${height - 25}" stroke="#ddd"/><text x="${x(t)}" y="${height - 10}" text-anchor="middle" fill="#555">${t >= 1000 ? `${t / 1000} ms` : `${t} µs`}</text>`).join("\n")}
${rows
  .map((r, i) => {
    const y = 40 + i * rowH;
    return `<text x="${left - 8}" y="${y + barH + 2}" text-anchor="end">${esc(r.name)}</text>
<rect x="${left}" y="${y}" width="${x(r.p99) - left}" height="${barH}" fill="#a8c7fa"/><text x="${x(r.p99) + 4}" y="${y + 11}" fill="#333">${r.p99.toFixed(1)}</text>
<rect x="${left}" y="${y + barH + 2}" width="${x(r.p50) - left}" height="${barH}" fill="#0b57d0"/><text x="${x(r.p50) + 4}" y="${y + barH + 13}" fill="#333">${r.p50.toFixed(1)}</text>`;
  })
  .join("\n")}
</svg>
`;
}
