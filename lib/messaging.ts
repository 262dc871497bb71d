/**
 * The one typed protocol between content scripts, the background and extension pages.
 * Every request is validated by the receiver (a content script's message is untrusted);
 * every reply is a Result, never a thrown error across the boundary.
 */
import type { CollectResult } from './db/collect';
import type { AnnotationInput, AnnotationPatch, AnnotationRecord, PageInput, PageRecord } from './db/types';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface ProtocolMap {
  /** Liveness of the background; pages show it, tests assert it. */
  ping: { req: null; res: { name: string; version: string } };
  /** A content script reports an analyzed article; collected according to the collect setting. */
  pageAnalyzed: { req: { page: PageInput; events: AnnotationInput[] }; res: CollectResult | null };
  /** The reader saves a highlight, note or pinned figure (with the page's events, for 'save' mode). */
  saveAnnotation: {
    req: { page: PageInput; annotation: AnnotationInput; events: AnnotationInput[] };
    res: AnnotationRecord;
  };
  updateAnnotation: { req: { id: string; patch: AnnotationPatch }; res: AnnotationRecord };
  /** Returns the deleted record, so the deletion can be undone with restoreAnnotation. */
  deleteAnnotation: { req: { id: string }; res: AnnotationRecord };
  restoreAnnotation: { req: { record: AnnotationRecord }; res: AnnotationRecord };
  /** Everything stored for a page, to anchor on a revisit. */
  pageAnnotations: { req: { url: string }; res: AnnotationRecord[] };
  /** Most recently visited pages, newest first. */
  recentPages: { req: { limit: number }; res: PageRecord[] };
}

export type MessageType = keyof ProtocolMap;
export type Request<K extends MessageType> = ProtocolMap[K]['req'];
export type Response<K extends MessageType> = ProtocolMap[K]['res'];
export interface Envelope<K extends MessageType = MessageType> {
  zhuji: 1;
  type: K;
  data: Request<K>;
}

/** Checks an unknown request; returns the typed request or throws an Error saying what is wrong. */
export type Validator<K extends MessageType> = (data: unknown) => Request<K>;
export type Handler<K extends MessageType> = (
  data: Request<K>,
  sender: { tabId?: number; url?: string },
) => Promise<Response<K>> | Response<K>;
export type Routes = { [K in MessageType]: { validate: Validator<K>; handle: Handler<K> } };

export function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { zhuji?: unknown }).zhuji === 1 &&
    typeof (message as { type?: unknown }).type === 'string'
  );
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'unknown error';
}

/** Runs the route for one message. Unknown types and invalid data become { ok: false }. */
export async function dispatch(
  routes: Routes,
  message: unknown,
  sender: { tabId?: number; url?: string },
): Promise<Result<unknown>> {
  if (!isEnvelope(message)) return { ok: false, error: 'not a Zhuji message' };
  if (!Object.hasOwn(routes, message.type))
    return { ok: false, error: `unknown message type: ${message.type}` };
  const route = routes[message.type] as unknown as {
    validate: (data: unknown) => unknown;
    handle: (data: unknown, s: typeof sender) => unknown;
  };
  try {
    const data = route.validate(message.data);
    return { ok: true, value: await route.handle(data, sender) };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

export type Transport = (envelope: Envelope) => Promise<unknown>;

/** Sends a typed request; resolves with the value or rejects with the receiver's error text. */
export async function send<K extends MessageType>(
  transport: Transport,
  type: K,
  data: Request<K>,
): Promise<Response<K>> {
  const reply = (await transport({ zhuji: 1, type, data })) as Result<Response<K>> | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) throw new Error(`no reply to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
