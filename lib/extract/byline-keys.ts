/**
 * The key words of a writer's credit (記者, 作者, 撰文, 文／, 報導／攝影 …) and the names after them
 * (KEY_RE), with the word every match holds (KEY_WORD, the cheap test before it). Used by
 * byline.ts.
 */
import { H, NAME, SEP } from './names';
import { CORRESPONDENT, ROLE } from './dispatch-patterns';

const AUTHOR_KEY = `(?:本報記者|本报记者|本刊記者|本刊记者|特約記者|特约记者|記者|记者|(?:本報|本报|本刊|特約|特约)?(?:評論員|评论员)|本報實習生|本报实习生|實習生|实习生|${CORRESPONDENT}|作者|撰文|特約撰稿人|特约撰稿人|撰稿人|撰稿|采写|採寫|執筆|执笔|(?:採訪|采访)(?:\\s*[、與与和]?\\s*(?:撰文|撰稿))?(?=\\s*[:：/／╱|｜])|文字(?:記者|记者)?|編譯(?![自於于])|编译(?![自於于])|文\\s*[/／、與与]\\s*(?:圖|图)(?=\\s*[:：|｜]|\\s)|(?:圖|图)?[、與与]?文(?=\\s*[:：/／|｜]|\\s)|(?:報導|报道|報道|报导)(?:\\s*[/／•・·]\\s*(?:攝影|摄影))?(?=\\s*[:：╱/／]))`;
const NAME_END = `(?=$|[\\s/／╱,，、;；)）】〕\\]|｜]|[（(](?![左右中前后後][一二三四五\\d]?[）)])|報導|报道|報道|报导|專電|专电|發自|发自|(?:電|电|讯|訊)(?![${H}])|系[${H}])`;
/**
 * The key after a line start, a space, an opening mark, a column's name (《棱镜》作者 周纯) or an
 * outlet's slash (聯合報／記者…), 記者 or 评论员 right after two hanzi (an outlet: 光明日报记者, a
 * column: 政能亮特约评论员), or a labelled key after a comma (…“凤凰网科技”，作者：姜凡).
 * (Lookbehinds: the engine tries the key words at each position, not a run of up to 8 hanzi
 * first.)
 */
export const KEY_RE = new RegExp(
  `(?:(?<=^|[\\s·•|｜【】〔〕\\[（(:：■□◆◇●○◎▲△★☆▶►※》]|(?:報|报|社|網|网|台|臺|視|视|聞|闻|刊|媒)\\s*[／/]\\s*)${AUTHOR_KEY}|(?<=[${H}A-Za-z0-9+]{2})(?:記者|记者|專欄作者|专栏作者|特約作者|特约作者|特約撰稿人|特约撰稿人|(?:特約|特约)?(?:評論員|评论员))|(?<=[，,；;])(?:作者|撰文)(?=\\s*[:：]))(?![會会站節节證证們们團团群招])\\s*[:：/／╱|｜]?\\s*((?:${NAME})(?:${SEP}(?:(?:${ROLE})\\s*(?:[:：]\\s*)?)?(?:${NAME}))*)${NAME_END}`,
);
/**
 * A word every match of KEY_RE holds (each of AUTHOR_KEY's, or a part of it: 撰 of 撰文 and
 * 撰稿人, 文 with what must follow it), tested before KEY_RE: one pass for a line of prose that
 * holds 作 or 文 (工作, 文化) but no key, where KEY_RE's lookbehinds are tried at every character.
 */
export const KEY_WORD =
  /記者|记者|評論員|评论员|實習生|实习生|通訊員|通讯员|作者|撰|采写|採寫|執筆|执笔|採訪|采访|文字|編譯|编译|報導|报道|報道|报导|文[\s:：/／|｜]/;
