// @vitest-environment jsdom
// Shapes met on pages no test used before (虎嗅, 中国教育报, 财新, 欧洲时报, 第一财经, 当今大马, 董总,
// 访问, 加拿大家园), each reduced to the markup that matters. Each test failed before the rule it
// names.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { parseBylineLine } from '../../../lib/extract/byline';
import { junkKindOfText } from '../../../lib/extract/patterns';
import { P, Q, storyPage } from './shapes';

const body = (...ps: string[]) =>
  extractArticle(
    storyPage('今天的中国人为什么更加怀旧', '2021-05-17 21:30', ps.map((p) => `<p>${p}</p>`).join('')),
  ).model.text;

describe('credits closing the story', () => {
  it('an account’s reprint credit, its name unquoted before its ID, names the source and the author', () => {
    const credit = '本文来自微信公众号：修远基金会（ID：xiuyuanjijinhui），作者：赵静蓉';
    expect(parseBylineLine(credit)).toEqual({ source: '修远基金会', authors: ['赵静蓉'] });
    expect(body(P, Q, credit)).toBe(`${P}\n${Q}`);
    // (A platform's disclaimer names no account.)
    expect(
      parseBylineLine('免责声明：本文来自腾讯新闻客户端自媒体，不代表腾讯网的观点和立场。').source,
    ).toBeUndefined();
  });
  it('the author’s affiliation in brackets is no part of the story', () => {
    expect(body(P, Q, '（作者系北京师范大学教育学部副教授、未来教育高精尖创新中心人工智能实验室主任）')).toBe(
      `${P}\n${Q}`,
    );
  });
  it('编译 glued to a two-character name is not the name', () => {
    expect(parseBylineLine('作者：文耕编译')).toEqual({ authors: ['文耕'] });
    expect(parseBylineLine('作者：王编译')).toEqual({ authors: ['王编译'] });
  });
  it('the outlet’s short name before the names is no author', () => {
    const a = extractArticle(
      storyPage(
        'cos委托，女孩们的一场梦',
        '2024年10月13日 15:06 来源：财新网 文｜财新 胡琪彦、郑子璇（实习）',
        `<p>${P}</p><p>${Q}</p>`,
      ),
    );
    expect(a.metadata.authors).toEqual(['胡琪彦', '郑子璇']);
  });
});

describe('lines that are no part of the story', () => {
  it('an opinion piece’s disclaimer, a reader poll and a copyright label with its notice', () => {
    for (const line of [
      '本文内容是作者个人观点，不代表《当今大马》立场。',
      'All opinions are personal.',
      '您觉得这篇文如何？',
      'Sorry You have Already Voted!',
      'Thank You For Your Vote!',
      '感谢您的投票！',
      '版权声明 本文或视频乃原创内容，版权属访问网站所有。',
    ])
      expect(junkKindOfText(line), line).not.toBeNull();
    expect(junkKindOfText('他认为，本文所述的个人观点并不重要，重要的是事实。')).toBeNull();
    expect(junkKindOfText('候选人在集会上说：感谢你们的投票，我们会兑现承诺。')).toBeNull();
  });
  it('a caption marked by the side it describes, （左）…', () => {
    expect(body(P, Q, '（左）美国林肯总统以及（右）马丁路德金都是反对种族歧视的重要领袖。')).toBe(
      `${P}\n${Q}`,
    );
  });
  it('a summary above the story that a later paragraph starts with goes', () => {
    const intro = '当游客为“鸟人”而来，或为《人类之城》停留，感受到的是一种“无处不戏剧”的生活方式。';
    const a = extractArticle(
      storyPage(
        '鸟人降临乌镇',
        '2025-10-27 14:49:11',
        `<div class="intro">${intro}</div><p>${P}</p><p>${Q}</p><p>${intro}如今的乌镇并不单纯追求客流规模。</p>`,
      ),
    );
    expect(a.model.text).toBe(`${P}\n${Q}\n${intro}如今的乌镇并不单纯追求客流规模。`);
  });
});
