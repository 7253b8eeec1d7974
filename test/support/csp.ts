/** A response's Content-Security-Policy as { directive: "values" }, for asserting one directive at a time. */
export function cspDirectives(res: Response): Record<string, string> {
  return Object.fromEntries(
    (res.headers.get("content-security-policy") ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values.join(" ")]),
  );
}
