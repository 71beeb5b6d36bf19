export { entryTitle } from '../../shared/domain/entryTitle';
export { entryExcerpt } from '../../shared/domain/excerpt';
