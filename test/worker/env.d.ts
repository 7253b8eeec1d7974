declare module "*?raw" {
  const text: string;
  export default text;
}

// The vitest pool runs the tests with nodejs_compat, which gives workerd a `process.env` filled from the
// runner's environment (FUZZ_SEED); the worker itself never reads it.
declare const process: { env: Record<string, string | undefined> };
