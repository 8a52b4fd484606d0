/** The name of the error a failed fetch of the game's data throws (fetched-data.ts), which the page's first script explains. */
export const DATA_LOAD_ERROR = 'DataLoadError';
