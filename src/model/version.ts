import pkg from '../../package.json' with { type: 'json' };

/** The app version. A run is a function of (app version, resolved scenario, seed): every export carries it. */
export const APP_VERSION: string = pkg.version;
