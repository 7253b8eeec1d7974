// opencc-js ships its per-dictionary modules without types: each default-exports "from to|from to|…".
declare module "opencc-js/dict/*" {
  const dict: string;
  export default dict;
}
