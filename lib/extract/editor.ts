/**
 * The editor's credit in an info line (責任編輯/责任编辑/責編/编辑/小编/选稿), with its name made whole:
 * a pen name longer than NAME's four hanzi, a label glued to the name cut off.
 */
import type { BylineFacts } from './byline';
import { isPenName, isPersonName, NAME } from './names';
import { hasCommonSurname } from './surnames';

const RESPONSIBLE_EDITOR_RE = new RegExp(`(?:責任編輯|责任编辑|責編|责编)\\s*[:：|｜/／]?\\s*(${NAME})`);
const EDITOR_RE = new RegExp(
  `(?:責任編輯|责任编辑|責編|责编|編輯|编辑|小編|小编|选稿|選稿)\\s*[:：|｜/／]?\\s*(${NAME})`,
);

/** A line that is a name, a slash and the editor's role. */
const NAME_THEN_EDITOR = new RegExp(`^\\s*(${NAME})\\s*[/／]\\s*(?:責任編輯|责任编辑|編輯|编辑)\\s*$`);

/** Labels written right after a name with no space between (编辑：张三来源：…, 叶丹丹审核：…). */
const GLUED_LABEL =
  /來源|来源|審核|审核|校對|校对|監製|监制|出品|策劃|策划|作者|記者|记者|編輯|编辑|責編|责编|攝影|摄影|報導|报道|報道|报导|發布|发布|發佈|時間|时间|日期/;

/**
 * The name EDITOR_RE took (two to four hanzi, or a dotted or Latin name) made whole from the
 * hanzi after it, or null when it is no person's: cut before a label glued to it (张三来源 →
 * 张三), a pen name of five to eight hanzi that ends its part of the line (几乎不流浪), none where
 * the hanzi run on with no end in sight (方敏北京大学经济学院).
 */
function wholeName(text: string, m: RegExpExecArray): string | null {
  const name = m[1] ?? '';
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(name)) return isPersonName(name) ? name : null;
  const at = m.index + m[0].length - name.length;
  const run = /^[\u4e00-\u9fff]+/.exec(text.slice(at, at + 12))?.[0] ?? name;
  const label = GLUED_LABEL.exec(run);
  const cut =
    label && label.index >= 2 ? run.slice(0, label.index) : run.length === name.length ? name : null;
  if (cut) return isPersonName(cut) ? cut : null;
  const after = text.charAt(at + run.length);
  return (after === '' || /[\s,，、;；)）】\]|｜/／]/.test(after)) && isPenName(run) ? run : null;
}

/** Two-to-four-hanzi names after the editor's, each after an enumeration comma (、丁涛). */
const MORE_NAMES = /^(?:\s*[、，,]\s*[\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff]))+/;

/**
 * A name of two or three hanzi after a space, that a space, a closing bracket or the line's end
 * ends (责编：许书婷 郑崇生 网编：…): the next of the editors a line lists so.
 */
const SPACED_NAME = /^[ \t\u00a0\u3000]+([\u4e00-\u9fff]{2,3})(?=[\s\]】）)]|$)/;

/**
 * Names of two to four hanzi after the editor's, each after a slash, that a space, a closing
 * bracket or the line's end ends (（編輯：唐佩君/呂佳蓉）: 中央社's desk and copy editors).
 */
const SLASHED_NAMES = /^(?:\s*[/／]\s*[\u4e00-\u9fff]{2,4})+(?=[\s)）\]】]|$)/;

/** The names after the editor's, each after a space, that are people's with a common surname. */
function spacedOthers(rest: string): string[] {
  const names: string[] = [];
  for (let m = SPACED_NAME.exec(rest); m; m = SPACED_NAME.exec(rest)) {
    const name = m[1] as string;
    if (!hasCommonSurname(name) || !isPersonName(name)) break;
    names.push(name);
    rest = rest.slice(m[0].length);
  }
  return names;
}

/**
 * The editor's name and the names credited with it, as the line separates them ((责编：汤诗瑶、丁涛)
 * → 汤诗瑶、丁涛; 责编：丁峰 易保山 → 丁峰 易保山).
 */
function withOthers(text: string, m: RegExpExecArray, name: string): string {
  const at = text.indexOf(name, m.index) + name.length;
  const rest = text.slice(at, at + 40);
  const more = MORE_NAMES.exec(rest)?.[0];
  if (more) return listed(name, more, /\s*[、，,]\s*/, '、', isPersonName);
  const slashed = SLASHED_NAMES.exec(rest)?.[0];
  if (slashed)
    return listed(name, slashed, /\s*[/／]\s*/, '/', (n) => isPersonName(n) && hasCommonSurname(n));
  const spaced = spacedOthers(rest);
  return spaced.length ? [name, ...spaced].join(' ') : name;
}

/** `name` and the names `run` lists between `separator`s, joined by `join`, if each is a person's; else `name`. */
function listed(
  name: string,
  run: string,
  separator: RegExp,
  join: string,
  person: (n: string) => boolean,
): string {
  const names = run.split(separator).filter(Boolean);
  return names.every(person) ? [name, ...names].join(join) : name;
}

/** The editor credited in the line (責任編輯 over a plain 編輯: 文/栗思 编辑/倪家宁 责任编辑：李曦). */
export function readEditor(text: string): Pick<BylineFacts, 'editor' | 'responsible' | 'alsoEditor'> {
  const responsible = RESPONSIBLE_EDITOR_RE.exec(text);
  const editor = responsible ?? EDITOR_RE.exec(text);
  if (!editor) {
    // (The name, then the role: 卓冠齊 / 編輯.)
    const before = NAME_THEN_EDITOR.exec(text)?.[1];
    return before ? { editor: before } : {};
  }
  if (
    // (A label before it, or a title right before the name: 整理：實習編輯劉彥璇.)
    !/(?:編輯|编辑|責編|责编|小編|小编|选稿|選稿)\s*[:：\s|｜/／]|整理\s*[:：]\s*(?:實習|实习)(?:編輯|编辑)/.test(
      text,
    ) ||
    /給編輯|给编辑|文章编辑|文章編輯|編輯推薦|编辑推荐/.test(text)
  )
    return {};
  const one = wholeName(text, editor);
  if (!one) return {};
  // (編輯 陳妍如 報導: the writer's credit under her title, not an editor's.)
  if (
    !responsible &&
    /^\s*(?:報導|报道|報道|报导)/.test(text.slice(text.indexOf(one, editor.index) + one.length))
  )
    return {};
  const name = withOthers(text, editor, one);
  if (!responsible) return { editor: name };
  // (编辑：倪仕轩 before it is an editor too, and no author.)
  const other = EDITOR_RE.exec(text);
  const plain = other && wholeName(text, other);
  return plain && plain !== one
    ? { editor: name, responsible: true, alsoEditor: plain }
    : { editor: name, responsible: true };
}
