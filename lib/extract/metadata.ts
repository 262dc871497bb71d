/** Metadata from meta tags, JSON-LD, <time>, and the visible info line near the headline. */
import type { Metadata } from '../analysis';
import { stripGlosses } from '../text/gloss';
import type { BodyResult } from './blocks';
import { parseBylineLine, type BylineFacts } from './byline';
import { classAndId, normSpace } from './dom';
import { declaredLanguage, detectLanguage } from './language';
import { isLoneName, OUTLET_END } from './names';
import { NO_CLASS } from './patterns';
import type { MetaTags } from './meta-tags';
import { SENTENCE_THEN, labelledPairs } from './meta-lines';
import { published } from './published';
import { subtitleBeside } from './subtitle';
import { absoluteAddress as absolute } from './page-addresses';
import { parseOutletNameLine, postedBy, titledName, trailingNames } from './unkeyed-credits';
import { classedSource, outletBesideTime, reporterOutletNamed, withoutChannel } from './source';
import { dispatchOpening } from './line-sources';
import { siteSponsor } from './rights-lines';
import { siteOutlet } from './site-outlet';
import { imageSource } from './logos';
import { scriptSource } from './cms-comment';
import { taggedAuthors } from './tagged-authors';
import { collectParagraphs, type Paragraph } from './paragraphs';
import { strippedOf } from './para-text';
import type { TitleResult } from './title';

const INFO_CLASS =
  /info|time|date|source|author|byline|reporter|editor|meta|pub|laiyuan|zuozhe|writer|from|origin|attr|sub-?title|tip/;

/**
 * A bracketed byline after the last sentence of a paragraph: （王煌忠／台中報導）, 〔記者王明／台北
 * 報導〕 (a widget's text may follow it when the template breaks the line with a styled span).
 */
const TRAILING_BYLINE = /(?:^|[。！？」”])([（(〔【][^（()）〔〕【】]{2,30}(?:報導|报道|報道|报导)[）)〕】])/;

/** A reporter's credit closing a paragraph's last sentence: …宣判。（央视记者 奚丹霓）. */
const REPORTER_CLOSING =
  /[。！？」”]([（(][\u4e00-\u9fff]{0,6}(?:记者|記者)\s*[\u4e00-\u9fff·、\s]{2,20}[）)])$/;

/** …or an outlet and its writer closing the story's last sentence: …合作的核心。（中国南海新闻网 栾雨石）. */
const OUTLET_CLOSING =
  /[。！？」”]([（(][\u4e00-\u9fff]{1,11}(?:網|网|報|报|社|台|臺)\s+[\u4e00-\u9fff、\s]{2,16}[）)])$/;

/** …or closing the story's last paragraph with no brackets: …参加会议。记者 李秋晨. */
const BARE_REPORTER_CLOSING =
  /[。！？」”]\s*([\u4e00-\u9fff]{0,6}(?:记者|記者)\s*[\u4e00-\u9fff·、\s]{2,20})$/;

/** An editor's label (責任編輯, 责编 …). */
const EDITOR_WORD = /編輯|编辑|責編|责编/;
/** A line of credits alone: 作者：曾家新 编辑：曹恒娜. */
const WRITER_AND_EDITOR =
  /^(?:作者|記者|记者)\s*[:：]\s*[\u4e00-\u9fff·]{2,8}\s+(?:責任編輯|责任编辑|編輯|编辑)\s*[:：]\s*[\u4e00-\u9fff·]{2,8}$/;

export interface MetadataInput {
  doc: Document;
  tags: MetaTags;
  title: TitleResult;
  root: Element;
  body: BodyResult;
  bodyText: string;
  url?: string;
  /** When the page was rendered (ms since the epoch), for the times it shows relatively. */
  seenAt?: number;
  /** The page's paragraphs (collectParagraphs of the body), when already collected. */
  paragraphs?: Paragraph[];
  /** classedSource of the page, when the caller asks it too (found once for both). */
  classedSource?: () => string;
}

/** Lines to read for the info line: near the headline, at the start and end of the body, info-ish elements. */
export interface InfoLines {
  /** Around the headline and the body's first lines, nearest the body first. */
  head: string[];
  /** The body's last lines and what follows them. */
  tail: string[];
  /** The body's last paragraphs, last first, and the line right after the body: where a story's closing credit sits. */
  end: string[];
}

export function infoLines(doc: Document, input: MetadataInput): InfoLines {
  const all = input.paragraphs ?? collectParagraphs(doc.body ?? doc.documentElement);
  const firstBody = input.body.blocks[0]?.paragraph;
  const lastBody = input.body.blocks[input.body.blocks.length - 1]?.paragraph;
  const idxOf = (p: Paragraph | undefined): number =>
    p ? all.findIndex((q) => q.nodes[0] === p.nodes[0]) : -1;
  let start = 0;
  const titleEl = input.title.el;
  if (titleEl) {
    const i = all.findIndex((p) => titleEl.contains(p.container) || p.container.contains(titleEl));
    if (i >= 0) start = i;
  }
  const fb = idxOf(firstBody);
  const lb = idxOf(lastBody);
  const headEnd = fb >= 0 ? fb : Math.min(all.length, start + 12);
  if (!titleEl && fb >= 0) start = Math.max(0, fb - 12);
  if (start > headEnd) start = Math.max(0, headEnd - 12);
  // Nearest the body first: the byline and the time sit right above the first paragraph.
  // A meta line among the first body paragraphs is the story's own; one further down (a second
  // story's byline, a quote's source) is read after the lines around the headline.
  const { metaLines, metaAfter } = input.body;
  const early = metaLines.filter((_, i) => (metaAfter[i] ?? 0) <= 2);
  // (Each line without its glosses as it is taken: a paragraph's from what the walk found.)
  const head: string[] = early.map(stripGlosses);
  for (let i = headEnd - 1; i >= Math.max(0, start - 1); i--) head.push(spacedStripped(all[i]));
  for (const b of input.body.blocks.slice(0, 4)) head.push(stripGlosses(b.paragraph.text.slice(0, 80)));
  head.push(...labelledPairs(all, start - 12, headEnd));
  const tail: string[] = [];
  for (const b of input.body.blocks.slice(-3)) tail.push(stripGlosses(b.paragraph.text.slice(-60)));
  // A byline closing the story's last sentence (…釐清死因。（王煌忠／台中報導）), read as a line of
  // its own; a hotline or a caption may follow it (in the last few blocks).
  const blocks = input.body.blocks;
  // (Or a reporter's credit closing a paragraph further up, before a profile: （央视记者 奚丹霓）.)
  for (let i = blocks.length - 1; i >= 0; i--) {
    const text = blocks[i]?.paragraph.text ?? '';
    const end = i >= blocks.length - 8 ? TRAILING_BYLINE.exec(text.slice(-80)) : null;
    const credit =
      end ??
      (text.endsWith('）') || text.endsWith(')')
        ? (REPORTER_CLOSING.exec(text.slice(-40)) ??
          (i === blocks.length - 1 ? OUTLET_CLOSING.exec(text.slice(-40)) : null))
        : i === blocks.length - 1
          ? BARE_REPORTER_CLOSING.exec(text.slice(-40))
          : null);
    if (credit?.[1]) {
      tail.push(stripGlosses(credit[1]));
      break;
    }
  }
  if (lb >= 0) for (let i = lb + 1; i < Math.min(all.length, lb + 6); i++) tail.push(spacedStripped(all[i]));
  // (Past a page-turn link, the tags and the site's notices, an editor's line a little further;
  // past the related links and the comment box, a line that credits writer and editor both.)
  if (lb >= 0)
    for (let i = lb + 6; i < Math.min(all.length, lb + 30); i++) {
      const t = all[i]?.text ?? '';
      if (i < lb + 9 ? EDITOR_WORD.test(t) : WRITER_AND_EDITOR.test(t)) tail.push(spacedStripped(all[i]));
    }
  for (let i = 0; i < all.length; i++) {
    const p = all[i] as Paragraph;
    if (p.text.length >= 80) continue;
    const cls = classAndId(p.container);
    if (cls !== NO_CLASS && INFO_CLASS.test(cls)) head.push(spacedStripped(p));
  }
  if (early.length < metaLines.length)
    for (let i = 0; i < metaLines.length; i++)
      if ((metaAfter[i] ?? 0) > 2) head.push(stripGlosses(metaLines[i] as string));
  const closing = blocks.slice(-3).map((b) => strippedOf(b.paragraph));
  closing.reverse();
  // (The right-aligned （袁源） under the story is a block of its own, which the body leaves out.)
  const next = lb >= 0 ? all[lb + 1] : undefined;
  if (next && next.text.length <= 24) closing.push(strippedOf(next));
  return { head, tail, end: closing };
}

/**
 * A paragraph's text with a space between its text nodes (`來源:工人日報` + `字號` stay apart),
 * without its glosses.
 */
function spacedStripped(p: Paragraph | undefined): string {
  if (!p) return '';
  // One node: its value normalized, which is the paragraph's text (strippedOf: no second scan).
  return p.nodes.length === 1
    ? strippedOf(p)
    : stripGlosses(normSpace(p.nodes.map((n) => n.nodeValue ?? '').join(' ')));
}

/** A short line that is nothing but a byline (no sentence punctuation). */
const isBylineOnly = (line: string): boolean => line.length <= 40 && !/[。，！？,]/.test(line);

/** A video's or a picture set's caption, by its label: 视频：, 組圖：. */
const MEDIA_CAPTION = /^(?:视频|視頻|图集|圖集|组图|組圖)\s*[:：]/;

function merge(lines: string[]): BylineFacts & { editors: Set<string> } {
  const out: BylineFacts & { editors: Set<string> } = { editors: new Set() };
  let bylineAt = -1;
  lines.forEach((line, i) => {
    // (A video's or a picture's caption credits its own source: 视频：…阶段 来源：央视新闻.)
    if (line.length > 200 || MEDIA_CAPTION.test(line)) return;
    const f = parseBylineLine(line);
    out.source ??= f.source;
    out.reporterOutlet ??= f.reporterOutlet;
    out.opening ??= f.opening;
    for (const e of [f.editor, f.alsoEditor]) if (e) out.editors.add(e);
    // (A 責任編輯 line over a plain 編輯 line: 文/栗思 编辑/倪家宁, then 责任编辑：李曦.)
    if (f.editor && (!out.editor || (f.responsible && !out.responsible))) {
      out.editor = f.editor;
      out.responsible = f.responsible;
    }
    if (f.authors?.length) {
      if (!out.authors?.length) {
        out.authors = f.authors;
        bylineAt = i;
      } else if (i === bylineAt + 1 && isBylineOnly(line) && isBylineOnly(lines[bylineAt] ?? '')) {
        // 本报实习生 刘国栋 周炜 / 本报记者 王燕平 方云凤: a byline set over adjacent lines.
        out.authors = [...new Set([...out.authors, ...f.authors])];
        bylineAt = i;
      }
    }
    out.ownPaper ||= f.ownPaper;
  });
  return out;
}

/**
 * Words that only news bylines and info lines use (not 作者, which blogs and papers use too),
 * or an outlet's credit in brackets opening a line (【財訊快報／陳孟朔】).
 */
const NEWS_CUE =
  /(記者|记者|本報|本报|來源|来源|稿源|新華社|新华社|中央社|中新社|通訊社|通讯社|報導|报道|报导|責任編輯|责任编辑|責編|责编|專電|专电|專訊|专讯|專稿|专稿|快訊|快讯|電訊|电讯|\d日[電电])|^[【〔][^】〕\s]{2,12}(?:報|报|社|網|网|台|臺)[／/╱][^】〕]{1,12}[】〕]/;

/** A picture's caption closed by its photographer's name: `現場留下血跡。楊偉亨攝`. */
const PHOTOGRAPHER = /(?:^|[。！？\s])([\u4e00-\u9fff]{2,3})[攝摄][。.]?$/;

/**
 * A news photographer's credit: a person's name alone before 攝 (not 本人攝, 自攝, 筆者攝, nor where
 * it was taken: 於香港攝).
 */
function creditsPhotographer(line: string): boolean {
  const name = line.length < 120 && /[攝摄][。.]?$/.test(line) ? PHOTOGRAPHER.exec(line)?.[1] : undefined;
  return !!name && !/^[於于在]/.test(name) && isLoneName(name);
}

/**
 * Does the info line around the headline read like news (a reporter, a source, a wire), or the
 * story open with an outlet's own dispatch (新浪音乐讯 …)?
 */
export function hasNewsCue(lines: InfoLines): boolean {
  return (
    lines.head.some(
      (l) =>
        (l.length < 120 && (NEWS_CUE.test(l) || creditsPhotographer(l))) || dispatchOpening(l) !== undefined,
    ) || lines.tail.some((l) => NEWS_CUE.test(l) || creditsPhotographer(l))
  );
}

/**
 * Is the tail's source credited only after a sentence of the story (…接受组织调查。（来源：中国经济网））?
 * Such a credit may be that of what the sentence quotes, and the outlet beside the page's time
 * (or in an element named for it) goes first.
 */
function quotesSource(tail: string[], source: string): boolean {
  return !tail.some((l) => l.includes(source) && !SENTENCE_THEN.test(l));
}

export function extractMetadata(
  input: MetadataInput,
  lines: InfoLines = infoLines(input.doc, input),
): Metadata {
  const { doc, tags } = input;
  const { head, tail, end } = lines;
  const facts = merge(head);
  const tailFacts = merge(tail);
  let authors = facts.authors ?? tailFacts.authors ?? [];
  let source =
    facts.source ??
    (tailFacts.source && quotesSource(tail, tailFacts.source)
      ? outletBesideTime(head) ||
        (input.classedSource ? input.classedSource() : classedSource(doc)) ||
        undefined
      : undefined) ??
    tailFacts.source ??
    reporterOutletNamed(facts.reporterOutlet ?? tailFacts.reporterOutlet, head) ??
    facts.opening ??
    '';
  // `来源: 尹娟`: a person under the source label wrote the piece; the outlet is found below.
  if (isLoneName(source)) {
    if (!authors.length) authors = [source];
    source = '';
  }
  if (!authors.length || !source) {
    for (const line of head) {
      const f = parseOutletNameLine(line);
      if (f.authors?.length && f.source) {
        if (!authors.length) authors = f.authors;
        if (!source) source = f.source;
        break;
      }
    }
  }
  if (!source) source = outletBesideTime(head);
  if (!source) source = input.classedSource ? input.classedSource() : classedSource(doc);
  if (!source) source = imageSource(doc);
  // (Or the one its ContentSource meta tag names, as government sites give it.)
  if (!source && /^[\u4e00-\u9fff]{2,20}$/.test(tags.source)) source = tags.source;
  if (!source) {
    const site = siteOutlet(doc, tags, input.title.title, head, input.paragraphs ?? []);
    source = site.source;
    if (site.writer && !authors.length) authors = [site.writer];
  }
  // (Or the one the page's script sets for its template to show: a saved copy may not show it.)
  if (!source) source = scriptSource(doc, tags.scripts);
  // (Or the sponsor a government's or an institution's footer names: 主办单位：甘肃省发展和改革委员会;
  // or the institution its rights line names: © 2020 版权所有 南京大学信息化建设管理服务中心.)
  if (!source) source = siteSponsor(input.paragraphs ?? []) ?? '';
  // Separators a template leaves around the name (`振王视史 ⋅`).
  source = withoutChannel(source.replace(/^[\s⋅·•|｜:：\-–—]+|[\s⋅·•|｜:：\-–—]+$/g, ''));
  // (The head's editor unless only the tail's is credited as 責任編輯.)
  const editor =
    (tailFacts.responsible && !facts.responsible ? tailFacts.editor : facts.editor) ?? tailFacts.editor ?? '';
  // (Nor any other name the page credits as an editor: 编辑：倪仕轩 beside 责任编辑：杨格.)
  // (Each of the names a credit lists: 责编：丁峰 易保山.)
  const editors = new Set(
    [editor, ...facts.editors, ...tailFacts.editors].flatMap((e) => e.split(/[、/\s]+/)),
  );
  // (Nor the outlet's short name before the names: 文｜财新 胡琪彦、郑子璇 of 财新网.)
  const notEditors = (names: string[]): string[] =>
    names.filter(
      (a) =>
        (!editors.has(a) || facts.authors?.includes(a)) &&
        !(source.length > a.length && source.startsWith(a) && OUTLET_END.test(source)),
    );
  authors = notEditors(authors);
  // (A meta tag's author that is the editor gives way to the names closing the story: （钟才文）.)
  if (!authors.length)
    authors = notEditors(
      taggedAuthors(
        doc,
        tags,
        source,
        input.title.title,
        input.paragraphs ?? collectParagraphs(doc.body ?? doc.documentElement),
      ),
    );
  if (!authors.length) authors = notEditors(trailingNames(end));
  if (!authors.length) authors = notEditors(postedBy(head));
  if (!authors.length) authors = notEditors(titledName(head));
  if (!authors.length && input.body.writer) authors = notEditors([input.body.writer]);
  return {
    title: input.title.title,
    subtitle: stripGlosses(
      input.body.subtitle ||
        (input.title.el ? subtitleBeside(input.title.el, input.title.title, input.root) : ''),
    ),
    published: published(input, head, tail),
    source: stripGlosses(source),
    authors,
    editor,
    language: detectLanguage(input.title.title, input.bodyText) || declaredLanguage(input.doc),
    canonicalUrl: absolute(tags.canonical, input.url) || input.url || '',
  };
}
