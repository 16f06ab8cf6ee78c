export { ProjectKind } from './ProjectKind';
