export { AgencyKind } from './AgencyKind';
