/**
 * File names from report ids, safe on every file system and in a URL: lower-case letters,
 * digits, `.`, `_` and `-` only, no leading dot, at most 80 characters; a name already taken gets
 * `-2`, `-3` … (two ids may differ only in what was replaced).
 */
export class FileNames {
  private readonly taken = new Set<string>();

  name(prefix: string, id: string, extension: string): string {
    const safe = id
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[.-]+|[.-]+$/g, '')
      .slice(0, 80);
    const stem = safe ? `${prefix}-${safe}` : prefix;
    let name = `${stem}.${extension}`;
    for (let n = 2; this.taken.has(name); n++) name = `${stem}-${n}.${extension}`;
    this.taken.add(name);
    return name;
  }
}
