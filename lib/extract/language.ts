/**
 * zh-Hans or zh-Hant from the text: count characters that exist in only one script.
 * A small table of frequent pairs is enough for news prose.
 */

// Aligned pairs: TRAD[i] ↔ SIMP[i].
const TRAD =
  '這個們來時會說對國過後還發經當與從開學長問種間動體點現實關機業無東車話電報見頭聽進區華義應麼兒門員樣萬裡邊讓認議產線務將場為書親錢歲難氣總幾條處專記者寫讀統據媒網絡導際黨選舉領員價錢買賣醫院環境調團隊們農陽藝術習韓灣臺陸歷愛傳轉響強職計劃內會則並亞億儀們勞勢區協單參雙變號嚴圖圓聖聯視覺訊設訪評試詳認語說請諸謝護貝貴費資質趕輕辦農運遠適選還邊鄉釋鐵鋼錄鎮長開間陳陸隨險雖電靜順預領風飛飯馬驗體髮鬥魚鳥麥黃齊齒龍';
const SIMP =
  '这个们来时会说对国过后还发经当与从开学长问种间动体点现实关机业无东车话电报见头听进区华义应么儿门员样万里边让认议产线务将场为书亲钱岁难气总几条处专记者写读统据媒网络导际党选举领员价钱买卖医院环境调团队们农阳艺术习韩湾台陆历爱传转响强职计划内会则并亚亿仪们劳势区协单参双变号严图圆圣联视觉讯设访评试详认语说请诸谢护贝贵费资质赶轻办农运远适选还边乡释铁钢录镇长开间陈陆随险虽电静顺预领风飞饭马验体发斗鱼鸟麦黄齐齿龙';

const tradOnly = new Set<string>();
const simpOnly = new Set<string>();
{
  const t = Array.from(TRAD);
  const s = Array.from(SIMP);
  for (let i = 0; i < Math.min(t.length, s.length); i++) {
    const a = t[i] ?? '';
    const b = s[i] ?? '';
    if (a !== b) {
      tradOnly.add(a);
      simpOnly.add(b);
    }
  }
  for (const ch of tradOnly) simpOnly.delete(ch);
  for (const ch of simpOnly) tradOnly.delete(ch);
}

export interface ScriptCounts {
  trad: number;
  simp: number;
}

/** 1: Traditional only, 2: Simplified only, 0: either or neither (all table characters are BMP). */
const SCRIPT_OF = new Uint8Array(0x10000);
for (const ch of tradOnly) SCRIPT_OF[ch.charCodeAt(0)] = 1;
for (const ch of simpOnly) SCRIPT_OF[ch.charCodeAt(0)] = 2;

/**
 * Counts of script-unique characters in `texts` (as if joined); stops early once `enough` of
 * them have been seen.
 */
export function countScripts(texts: string | readonly string[], enough = 150): ScriptCounts {
  let trad = 0;
  let simp = 0;
  for (const text of typeof texts === 'string' ? [texts] : texts) {
    for (let i = 0; i < text.length && trad + simp < enough; i++) {
      const k = SCRIPT_OF[text.charCodeAt(i)];
      if (k === 1) trad++;
      else if (k === 2) simp++;
    }
  }
  return { trad, simp };
}

/** zh-Hant, zh-Hans, or '' when the text (the texts, as if joined) gives no evidence. */
export function detectLanguage(...texts: string[]): 'zh-Hans' | 'zh-Hant' | '' {
  const { trad, simp } = countScripts(texts);
  if (trad + simp < 3) return '';
  return trad >= simp ? 'zh-Hant' : 'zh-Hans';
}
