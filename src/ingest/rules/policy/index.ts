export { PolicyKind } from './PolicyKind';
