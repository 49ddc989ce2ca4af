/** A pure function of a string, remembered: the names, words and spellings of a feed repeat from article to article.
 *  At most `limit` answers are kept; the table is emptied when it is full, so memory stays bounded on a feed of
 *  ever-new strings (a hostile one included). */
export function memoized<V>(compute: (key: string) => V, limit = 10_000): (key: string) => V {
  const memo = new Map<string, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined && !memo.has(key)) {
      if (memo.size >= limit) memo.clear();
      value = compute(key);
      memo.set(key, value);
    }
    return value as V;
  };
}
