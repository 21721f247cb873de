// What the bundler (vite) gives for `import url from "./x.ts?worker&url"`: the address of
// the worker file it builds from that module.
declare module "*?worker&url" {
  const url: string;
  export default url;
}
