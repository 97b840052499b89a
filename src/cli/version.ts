export { APP_VERSION as version } from '../model/version.ts';
