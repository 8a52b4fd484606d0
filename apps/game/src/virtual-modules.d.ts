/** The sim worker's URL (build-plugins/worker-chunk.ts). */
declare module 'virtual:sim-worker-url' {
  const url: URL;
  export default url;
}
