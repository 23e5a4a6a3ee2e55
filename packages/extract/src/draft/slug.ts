import { pinyin } from 'pinyin-pro';

/**
 * Readable ids from Chinese names: 东湖区 → donghuqu, 港口货物吞吐量 → gangkouhuowu, 5G基站 →
 * 5g-jizhan. Pinyin comes from pinyin-pro (docs/decisions/0007), which reads polyphones from
 * their context (长兴 → changxing).
 */
export function slugOf(text: string, maxChinese = 6): string {
  const parts: string[] = [];
  let chinese = 0;
  // Words apart stay apart (abc DEF → abc-def); pinyin-pro reads each run of characters on its own,
  // so no space shifts a reading off its character.
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let syllables = '';
    const flush = () => {
      if (syllables) parts.push(syllables);
      syllables = '';
    };
    const chars = [...word];
    let at = 0;
    for (const reading of pinyin(word, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })) {
      if (/\p{Script=Han}/u.test(chars[at] ?? '')) {
        if (chinese < maxChinese) syllables += reading.toLowerCase().replace(/[^a-z]/g, '');
        chinese++;
        at++;
      } else {
        flush();
        const ascii = reading.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
        if (ascii) parts.push(ascii);
        at += [...reading].length || 1;
      }
    }
    flush();
  }
  return parts.join('-').replace(/-+/g, '-').slice(0, 48).replace(/-$/, '') || 'item';
}

/** An English label as an id: Provincial featured art villages → provincial-featured-art-villages. */
export function slugOfEnglish(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Hands out ids unique within one scope: a second 'xinzeng' becomes 'xinzeng-2'. */
export function uniqueIds(): (id: string) => string {
  const seen = new Map<string, number>();
  return (id) => {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  };
}
