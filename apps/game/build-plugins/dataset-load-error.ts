/** The name of the error the dataset's fetch throws (dataset-data.ts), which the page's first script explains. */
export const DATASET_LOAD_ERROR = 'DatasetLoadError';
