/** The simulation engine. Its public surface is built in its own issue. */
export {};
