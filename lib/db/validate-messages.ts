import type { Request } from '../messaging';
import { httpUrl, int, list, object, oneOf, text, type Check } from './check';
import { annotationId, annotationInput, annotationPatch, annotationRecord, pageInput } from './validate';

/** The most events one page may report. */
export const MAX_EVENTS = 2000;

const events = list(annotationInput, MAX_EVENTS);
const root =
  <T>(check: Check<T>) =>
  (data: unknown): T =>
    check(data, '');

export const validators = {
  ping: () => null,
  pageAnalyzed: root<Request<'pageAnalyzed'>>(object({ page: pageInput, events })),
  saveAnnotation: root<Request<'saveAnnotation'>>(
    object({ page: pageInput, annotation: annotationInput, events }),
  ),
  updateAnnotation: root<Request<'updateAnnotation'>>(object({ id: annotationId, patch: annotationPatch })),
  deleteAnnotation: root<Request<'deleteAnnotation'>>(object({ id: annotationId })),
  restoreAnnotation: root<Request<'restoreAnnotation'>>(object({ record: annotationRecord })),
  pageAnnotations: root<Request<'pageAnnotations'>>(object({ url: httpUrl })),
  recentPages: root<Request<'recentPages'>>(object({ limit: int(1, 1000) })),
  convertText: root<Request<'convertText'>>(
    object({ texts: list(text(1_000_000), 100_000), to: oneOf('hans', 'hant-tw', 'hant-hk') }),
  ),
};
