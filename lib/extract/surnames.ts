/**
 * Common Chinese surnames (the ~300 most frequent, Simplified and Traditional forms, plus the
 * common two-character ones): a word that does not start with one is seldom a person's name.
 * Used where a name stands alone, with no byline key to vouch for it (an element classed
 * "author" may hold a column or category name: 股市行情).
 */
const SINGLE =
  '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游遊辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺官封谈談匡鞠惠荆荊乐樂冀郁胥南班储儲原栗燕楚鄢劳勞谌諶奚皮粟冼蔺藺楼樓满滿闻聞位厉厲伊仝区區郜海阚闞花权權强強帅帥屠豆朴盖蓋练練廉禹井祖漆巴丰豐支卿国國狄平计計索宣晋晉相初门門云雲容敬来來扈晁芮都普阙闕浦戈伏鹿薄邸雍辜羊阿乌烏母裘亓修邰赫杭况況那宿鲜鮮印逯隆茹诸諸战戰慕危玉银銀亢嵇公哈湛宾賓戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴陰昝智幸奉植衡富尧堯闭閉由洪賴赖';

const DOUBLE = [
  '欧阳',
  '歐陽',
  '司马',
  '司馬',
  '上官',
  '诸葛',
  '諸葛',
  '东方',
  '東方',
  '皇甫',
  '令狐',
  '公孙',
  '公孫',
  '慕容',
  '尉迟',
  '尉遲',
  '长孙',
  '長孫',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '軒轅',
  '端木',
  '南宫',
  '南宮',
  '西门',
  '西門',
  '独孤',
  '獨孤',
  '澹台',
  '澹臺',
  '范姜',
  '张简',
  '張簡',
];

const SINGLE_SET: ReadonlySet<string> = new Set(Array.from(SINGLE));

/** Does `name` (hanzi) start with a common surname? */
export function hasCommonSurname(name: string): boolean {
  return SINGLE_SET.has(name.charAt(0)) || DOUBLE.some((d) => name.startsWith(d));
}

/** Does `name` start with a two-character surname (欧阳, 司马 …)? */
export function hasDoubleSurname(name: string): boolean {
  return DOUBLE.some((d) => name.startsWith(d));
}

/**
 * A two-character name spaced apart to line up with three-character ones (本报记者 王乐文 方 敏):
 * a common surname and one hanzi, each alone between spaces, as one word.
 */
const SPACED_NAME =
  /(?<=^|[\s:：])([\u4e00-\u9fff])[ \u3000\u00a0]([\u4e00-\u9fff])(?=$|[\s，,、;；)）】\]])/g;

export function joinSpacedNames(text: string): string {
  return text.replace(SPACED_NAME, (whole, first: string, second: string) =>
    SINGLE_SET.has(first) ? first + second : whole,
  );
}
