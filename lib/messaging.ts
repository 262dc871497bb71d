/**
 * The one typed protocol between content scripts, the background and extension pages.
 * Every request is validated by the receiver (a content script's message is untrusted);
 * every reply is a Result, never a thrown error across the boundary.
 */
import type { Metadata } from './analysis';
import type { CollectResult } from './db/collect';
import type { AnnotationInput, AnnotationPatch, AnnotationRecord, PageInput, PageRecord } from './db/types';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export type ProtocolMap = {
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
  /** Page text to another script, character for character (lengths never change). */
  convertText: { req: { texts: string[]; to: 'hans' | 'hant-tw' | 'hant-hk' }; res: string[] };
};

/** What the content script of a tab tells the popup, and the switches the popup sets there. */
export interface PageSwitches {
  highlights: boolean;
  hideJunk: boolean;
  hideGlosses: boolean;
  script: 'original' | 'hans' | 'hant-tw' | 'hant-hk';
}

export interface PageState {
  /** false until the reader chooses "annotate anyway" on a page the detector rejected */
  isArticle: boolean;
  confidence: number;
  metadata: Metadata | null;
  counts: {
    events: number;
    figures: number;
    highlights: number;
    junk: number;
    glosses: number;
    /** the reader's notes that cannot be placed on the page (not counted in `highlights`) */
    orphaned: number;
  };
  /** the ids of those notes */
  orphanIds: string[];
  switches: PageSwitches;
  /** Zhuji is switched off for this site */
  siteOff: boolean;
  /** the tab's host name (the popup cannot read tab addresses without the "tabs" permission) */
  site: string;
}

/** Popup → the content script of the active tab (browser.tabs.sendMessage). */
export type TabProtocolMap = {
  pageState: { req: null; res: PageState };
  setSwitches: { req: Partial<PageSwitches>; res: PageState };
  /** Treat a page the detector rejected as an article. */
  annotateAnyway: { req: null; res: PageState };
  /** Scroll to a stored annotation and flash it; false when it could not be anchored. */
  reveal: { req: { id: string }; res: boolean };
  /** From the context menu or the keyboard command: highlight the selection (and open its note). */
  highlightSelection: { req: { note: boolean }; res: boolean };
};

type AnyMap = Record<string, { req: unknown; res: unknown }>;

export type MessageType<P extends AnyMap = ProtocolMap> = keyof P & string;
export type Request<K extends keyof P, P extends AnyMap = ProtocolMap> = P[K]['req'];
export type Response<K extends keyof P, P extends AnyMap = ProtocolMap> = P[K]['res'];
export interface Envelope<K extends string = string> {
  zhuji: 1;
  type: K;
  data: unknown;
}

export type Sender = { tabId?: number; url?: string };
/** Checks an unknown request; returns the typed request or throws an Error saying what is wrong. */
export type Validator<K extends keyof P, P extends AnyMap = ProtocolMap> = (data: unknown) => Request<K, P>;
export type Handler<K extends keyof P, P extends AnyMap = ProtocolMap> = (
  data: Request<K, P>,
  sender: Sender,
) => Promise<Response<K, P>> | Response<K, P>;
export type Routes<P extends AnyMap = ProtocolMap> = {
  [K in keyof P]: { validate: Validator<K, P>; handle: Handler<K, P> };
};

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
export async function dispatch<P extends AnyMap>(
  routes: Routes<P>,
  message: unknown,
  sender: Sender,
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
export async function send<P extends AnyMap = ProtocolMap, K extends keyof P & string = keyof P & string>(
  transport: Transport,
  type: K,
  data: Request<K, P>,
): Promise<Response<K, P>> {
  const reply = (await transport({ zhuji: 1, type, data })) as Result<Response<K, P>> | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) throw new Error(`no reply to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
