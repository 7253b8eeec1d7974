// Two small charts as inline SVG strings: no chart library (a few hundred bytes of markup each), no script,
// so the admin page keeps the strict CSP of every page (default-src 'none').

const W = 720;
const H = 200;
const PAD = { top: 12, right: 24, bottom: 28, left: 40 };

/** Escapes text for SVG and HTML content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** The x labels of a day axis: first, last and every ~7th day. */
function dayLabels(days: string[], x: (i: number) => number): string {
  const every = Math.max(1, Math.ceil(days.length / 7));
  return days
    .map((d, i) =>
      i % every === 0 || i === days.length - 1
        ? `<text x="${r1(x(i))}" y="${H - 8}" text-anchor="middle">${escapeXml(d.slice(5))}</text>`
        : "",
    )
    .join("");
}

function frame(title: string, body: string, legend: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeXml(title)}" class="chart"><title>${escapeXml(title)}</title>${body}</svg><div class="legend">${legend}</div>`;
}

const swatch = (color: string, label: string) => `<span><i style="background:${color}"></i>${escapeXml(label)}</span>`;

export interface StackedSeries {
  label: string;
  color: string;
  values: number[];
}

/** Bars per day, stacked by series (questions per day by channel). */
export function stackedBars(title: string, days: string[], series: StackedSeries[]): string {
  const totals = days.map((_, i) => series.reduce((n, s) => n + (s.values[i] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / Math.max(1, days.length);
  const x = (i: number) => PAD.left + step * (i + 0.5);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const barW = Math.max(1, step * 0.7);
  const bars: string[] = [];
  days.forEach((day, i) => {
    let base = 0;
    for (const s of series) {
      const v = s.values[i] ?? 0;
      if (!v) continue;
      bars.push(
        `<rect x="${r1(x(i) - barW / 2)}" y="${r1(y(base + v))}" width="${r1(barW)}" height="${r1(y(base) - y(base + v))}" fill="${s.color}"><title>${escapeXml(`${day} ${s.label}: ${v}`)}</title></rect>`,
      );
      base += v;
    }
  });
  const axis = `<line x1="${PAD.left}" y1="${y(0)}" x2="${W - PAD.right}" y2="${y(0)}" class="axis"/><text x="${PAD.left - 6}" y="${r1(y(max) + 4)}" text-anchor="end">${max}</text><text x="${PAD.left - 6}" y="${r1(y(0))}" text-anchor="end">0</text>`;
  return frame(title, axis + bars.join("") + dayLabels(days, x), series.map((s) => swatch(s.color, s.label)).join(""));
}

export interface LineSeries {
  label: string;
  color: string;
  /** 0–1, or null where there is no value (a day without questions: the line breaks). */
  values: (number | null)[];
}

/** Lines of shares (0–100%) per day: found rate and mean confidence. */
export function shareLines(title: string, days: string[], series: LineSeries[]): string {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (days.length > 1 ? (plotW * i) / (days.length - 1) : plotW / 2);
  const y = (v: number) => PAD.top + plotH - v * plotH;
  const grid = [0, 0.5, 1]
    .map(
      (v) =>
        `<line x1="${PAD.left}" y1="${r1(y(v))}" x2="${W - PAD.right}" y2="${r1(y(v))}" class="grid"/><text x="${PAD.left - 6}" y="${r1(y(v) + 4)}" text-anchor="end">${v * 100}%</text>`,
    )
    .join("");
  const lines = series
    .map((s) => {
      let d = "";
      let pen = "M";
      const dots: string[] = [];
      s.values.forEach((v, i) => {
        if (v === null) {
          pen = "M";
          return;
        }
        d += `${pen}${r1(x(i))} ${r1(y(v))}`;
        pen = "L";
        dots.push(
          `<circle cx="${r1(x(i))}" cy="${r1(y(v))}" r="2.5" fill="${s.color}"><title>${escapeXml(`${days[i]} ${s.label}: ${Math.round(v * 100)}%`)}</title></circle>`,
        );
      });
      return `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"/>${dots.join("")}`;
    })
    .join("");
  return frame(title, grid + lines + dayLabels(days, x), series.map((s) => swatch(s.color, s.label)).join(""));
}
